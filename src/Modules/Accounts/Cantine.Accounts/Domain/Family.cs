namespace Cantine.Accounts.Domain;

/// <summary>A family (foyer): the billing unit, home of guardians and children.</summary>
public sealed record Family(Guid Id, string Name, string? ExternalReference, bool IsArchived, bool IsErased = false)
{
    public static Family Create(FamilyRegistered e) => new(e.FamilyId, e.Name, e.ExternalReference, false);

    public Family Apply(FamilyRenamed e) => this with { Name = e.Name };

    public Family Apply(FamilyArchived e) => this with { IsArchived = true };

    public Family Apply(FamilyErased e) => this with { Name = Erasure.Masked, ExternalReference = null, IsArchived = true, IsErased = true };
}
