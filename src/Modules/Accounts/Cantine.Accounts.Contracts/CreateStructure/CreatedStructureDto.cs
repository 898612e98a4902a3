namespace Cantine.Accounts.Contracts.CreateStructure;

public sealed record CreatedStructureDto(Guid StructureId, Guid AdminUserId, string AdminLogin);
