using Cantine.BuildingBlocks.Domain;

namespace Cantine.Invoicing.Domain.Quotients;

/// <summary>
/// A quotient is a non-negative whole number valid for a period that overlaps no other of the family's (one quotient a day);
/// recording the same entry again changes nothing, withdrawing an unknown one is refused.
/// </summary>
public static class QuotientDecisions
{
    public static Decision Decide(RecordQuotient command, FamilyQuotients? current)
    {
        var period = command.Period;
        if (current?.Periods.Any(p => p.EntryId == period.EntryId) == true)
        {
            return Decision.Nothing;
        }

        if (period.ValidTo < period.ValidFrom)
        {
            return Decision.Refuse("Quotients.Period", "ValidTo");
        }

        if (period.Value < 0)
        {
            return Decision.Refuse("Quotients.Negative", "Value");
        }

        return current?.Periods.FirstOrDefault(p => p.Overlaps(period)) is { } overlapping
            ? Decision.Refuse("Quotients.Overlap", "ValidFrom", overlapping.ValidFrom, overlapping.ValidTo)
            : Decision.Append(new QuotientRecorded(FamilyQuotients.IdFor(command.FamilyId), command.FamilyId, period, command.ByStaffUserId));
    }

    public static Decision Decide(WithdrawQuotient command, FamilyQuotients? current) =>
        current?.Periods.Any(p => p.EntryId == command.EntryId) == true
            ? Decision.Append(new QuotientWithdrawn(current.Id, command.FamilyId, command.EntryId, command.ByStaffUserId))
            : Decision.Refuse("Quotients.Unknown");
}
