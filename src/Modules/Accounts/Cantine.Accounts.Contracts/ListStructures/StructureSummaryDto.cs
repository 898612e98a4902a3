namespace Cantine.Accounts.Contracts.ListStructures;

public sealed record StructureSummaryDto(string Slug, string Name, string City);
