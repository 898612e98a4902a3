namespace Cantine.Invoicing.Contracts.GetFamilyQuotients;

public sealed record QuotientDto(Guid EntryId, int Value, DateOnly ValidFrom, DateOnly ValidTo, string? Source);
