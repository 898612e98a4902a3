namespace Cantine.Accounts.Contracts.CreateFamily;

public sealed record CreatedFamilyDto(Guid FamilyId, Guid GuardianId, string Login);
