namespace Cantine.Invoicing.Domain.Quotients;

public sealed record RecordQuotient(Guid FamilyId, QuotientPeriod Period, Guid? ByStaffUserId);
