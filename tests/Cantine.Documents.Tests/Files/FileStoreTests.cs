using Cantine.BuildingBlocks.Files;
using Cantine.Documents.Contracts.OpenDocumentFile;
using Cantine.Documents.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Documents.Tests.Files;

/// <summary>
/// Files are streamed from PostgreSQL; the stream owns its connection and gives it back when disposed, once,
/// however it is disposed (ADR 0011).
/// </summary>
public sealed class FileStoreTests(DocumentsApp app) : IClassFixture<DocumentsApp>
{
    [Fact]
    public async Task Reading_many_files_one_after_the_other_gives_every_connection_back()
    {
        var id = await app.PublishedAsync("Menus lus souvent");

        // More reads than the connection pool holds (100): a stream that kept its connection would exhaust it.
        for (var read = 0; read < 120; read++)
        {
            (await app.ReadFileAsync(id))!.Value.Content.Length.ShouldBe(TestFiles.Menu.Length, $"read {read}");
        }
    }

    [Fact]
    public async Task A_stream_can_be_disposed_both_ways_and_twice()
    {
        var id = await app.PublishedAsync("Menus fermés deux fois");

        var file = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new OpenDocumentFileQuery(id, ForStaff: false)));

        file.ShouldNotBeNull();
        var first = new byte[5];
        await file.Content.ReadExactlyAsync(first);
        first.ShouldBe("%PDF-"u8.ToArray());
        await file.Content.DisposeAsync();
        file.Content.Dispose();
        await file.Content.DisposeAsync();
    }

    [Fact]
    public async Task A_file_id_of_another_tenant_finds_nothing()
    {
        await app.PublishedAsync("Menus (recherche par id)");
        var fileId = await LatestFileIdAsync();
        var store = app.Services.GetRequiredService<FileStore>();

        var own = await store.OpenReadAsync(DocumentsApp.Lyon, fileId, CancellationToken.None);
        var other = await store.OpenReadAsync(DocumentsApp.Vienne, fileId, CancellationToken.None);

        own.ShouldNotBeNull();
        await using (own.Content)
        {
            own.ContentType.ShouldBe("application/pdf");
            own.Size.ShouldBe(TestFiles.Menu.Length);
        }

        other.ShouldBeNull();
    }

    private async Task<Guid> LatestFileIdAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT id FROM cantine.stored_files WHERE tenant_id = 'lyon' ORDER BY created_at DESC, id DESC LIMIT 1", connection);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }
}
