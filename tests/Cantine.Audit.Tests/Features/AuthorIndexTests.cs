using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cantine.Audit.Tests.Features;

/// <summary>The log's index on the event store's authors exists after start-up and Marten's migrations leave it alone (ADR 0023).</summary>
public sealed class AuthorIndexTests(CantineApp app) : IClassFixture<CantineApp>
{
    private async Task<string?> IndexDefinitionAsync()
    {
        await using var command = app.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_mt_events_audit_author'");
        return await command.ExecuteScalarAsync() as string;
    }

    [Fact]
    public async Task Indexes_the_events_by_town_author_and_sequence()
    {
        var definition = await IndexDefinitionAsync();

        definition.ShouldNotBeNull();
        definition.ShouldContain("mt_events");
        definition.ShouldContain("(tenant_id, user_name, seq_id DESC)");
    }

    [Fact]
    public async Task Survives_a_second_schema_migration()
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();

        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        (await IndexDefinitionAsync()).ShouldNotBeNull();
    }
}
