using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Documents.Contracts.ListAllDocuments;
using Cantine.Documents.Contracts.OpenDocumentFile;
using Cantine.Documents.Contracts.PublishDocument;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cantine.Documents.Tests.Support;

/// <summary>
/// The product with two structures (Lyon, the one the tests publish in, and Vienne, the other tenant) and a
/// clock the tests can move. One per test class: its own database.
/// </summary>
public class DocumentsApp : CantineApp
{
    public const string Lyon = "lyon";
    public const string Vienne = "vienne";


    protected override async Task SeedAsync()
    {
        await TestTown.CreateAsync(this, Lyon);
        await TestTown.CreateAsync(this, Vienne);
    }


    public Task<Result<Guid>> PublishAsync(
        string title, byte[] content, string category = "Menus", string fileName = "document.pdf",
        DateOnly? from = null, DateOnly? until = null, string tenant = Lyon) =>
        SendAsync(tenant, s => s.Send(new PublishDocumentCommand(title, category, fileName, content, from, until)));

    public async Task<Guid> PublishedAsync(
        string title, byte[]? content = null, DateOnly? from = null, DateOnly? until = null, string tenant = Lyon)
    {
        var result = await PublishAsync(title, content ?? TestFiles.Menu, from: from, until: until, tenant: tenant);
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    public Task<IReadOnlyList<DocumentSummaryDto>> AllDocumentsAsync(string tenant = Lyon) =>
        SendAsync(tenant, s => s.Send(new ListAllDocumentsQuery()));

    /// <summary>The bytes a family (or staff) gets for the document, or null when it is not served.</summary>
    public async Task<(string FileName, byte[] Content)?> ReadFileAsync(Guid documentId, bool forStaff = false, string tenant = Lyon)
    {
        var file = await SendAsync(tenant, s => s.Send(new OpenDocumentFileQuery(documentId, forStaff)));
        if (file is null)
        {
            return null;
        }

        await using var stream = file.Content;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.Length.ShouldBe(file.SizeBytes);
        return (file.FileName, copy.ToArray());
    }

    /// <summary>How many files <c>cantine.stored_files</c> holds for the tenant (to prove a refusal stored nothing).</summary>
    public async Task<long> StoredFilesAsync(string tenant = Lyon)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM cantine.stored_files WHERE tenant_id = $1", connection)
        {
            Parameters = { new() { Value = tenant } },
        };
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
