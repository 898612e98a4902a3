namespace Cantine.Invoicing.Domain.Quotients;

public sealed record WithdrawQuotient(Guid FamilyId, Guid EntryId, Guid? ByStaffUserId);
