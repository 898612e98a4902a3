namespace Cantine.Invoicing.Domain.Copies;

/// <summary>
/// What Invoicing keeps of a child from Accounts' integration events: the names printed on the lines and the families in
/// the order they were attached (the first one is billed an unbooked presence when no family booked the child that month).
/// </summary>
public sealed record BillingChild(Guid Id, IReadOnlyList<Guid> FamilyIds, string FirstName, string LastName, bool Erased = false)
{
    public string FullName => Erased ? string.Empty : $"{FirstName} {LastName}".Trim();

    public bool BelongsTo(Guid familyId) => FamilyIds.Contains(familyId);
}
