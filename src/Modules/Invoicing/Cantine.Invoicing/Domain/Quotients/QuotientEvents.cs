namespace Cantine.Invoicing.Domain.Quotients;

/// <summary>Staff recorded a family's quotient for a period.</summary>
public sealed record QuotientRecorded(Guid QuotientsId, Guid FamilyId, QuotientPeriod Period, Guid? ByStaffUserId);

/// <summary>Staff withdrew a recorded quotient (typed in error); invoices already issued keep the bracket they printed.</summary>
public sealed record QuotientWithdrawn(Guid QuotientsId, Guid FamilyId, Guid EntryId, Guid? ByStaffUserId);
