namespace Cantine.Accounts.Domain;

/// <summary>
/// When a CSV of families was staged, by the product's clock (the file store's own <c>created_at</c> is the database's):
/// uploads are personal data kept at most 24 hours (ADR 0018), purged by <c>PurgeImportUploadsJob</c>.
/// </summary>
public sealed record ImportUpload(Guid Id, DateTimeOffset StagedAt);
