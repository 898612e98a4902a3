using Cantine.BuildingBlocks.Domain;

namespace Cantine.Invoicing.Domain.Quotients;

/// <summary>A family's quotients familial with their validity: one stream per family, its inline snapshot read by the batch.</summary>
public sealed record FamilyQuotients(Guid Id, Guid FamilyId, IReadOnlyList<QuotientPeriod> Periods)
{
    public static Guid IdFor(Guid familyId) => StableId.For("invoicing-quotients", familyId);

    public static FamilyQuotients Create(QuotientRecorded e) => new(e.QuotientsId, e.FamilyId, [e.Period]);

    public FamilyQuotients Apply(QuotientRecorded e) => this with { Periods = [.. Periods, e.Period] };

    public FamilyQuotients Apply(QuotientWithdrawn e) => this with { Periods = [.. Periods.Where(p => p.EntryId != e.EntryId)] };

    /// <summary>The quotient valid on <paramref name="day"/>, or null (the family is then billed the highest bracket).</summary>
    public int? On(DateOnly day) => Periods.FirstOrDefault(p => p.Covers(day))?.Value;
}
