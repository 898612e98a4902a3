using System.Net;
using Cantine.Host.Demo;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cantine.Host.Tests.Operations;

/// <summary>
/// Issue #18, ADR 0035: `./cantine backup` of a seeded town, `./cantine restore` into a brand-new cluster, and the
/// product started on it finds everything: every table's rows (events, documents, uploaded files, Data Protection keys,
/// Hangfire, Wolverine), a family's bookings, a published PDF, a session cookie issued before the backup (the key ring
/// came back), a parent's password and an administrator's TOTP secret (protected with those keys).
/// </summary>
public sealed class BackupRestoreTests
{
    private static readonly string[] Schemas = ["cantine", "platform", "wolverine", "hangfire"];

    [Fact]
    public async Task A_backup_restored_into_a_fresh_cluster_serves_the_same_town()
    {
        var source = await CantineHost.StartAsync(TestClock.DefaultStart, new Dictionary<string, string?>(), serveOverHttp: false);
        CantineHost? restored = null;
        ScratchCluster? cluster = null;
        var dump = Path.Combine(Path.GetTempPath(), $"cantine-backup-test-{Guid.NewGuid():N}.dump");
        try
        {
            (await source.Services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None)).ShouldBeTrue();
            var cookies = new CookieContainer();
            using var before = Client(source, cookies);
            await before.SignInGuardianAsync(DemoTown.Slug, "sophie.martin", DemoTown.GuardianPassword);
            var booked = await BookedBoxesAsync(before);
            booked.ShouldNotBeEmpty();
            var (documentUrl, pdf) = await FirstDocumentAsync(before);

            // Backed up as an operator would: the host stopped (the archive is then exactly the database's state).
            await source.DisposeAsync();
            var counts = await RowCountsAsync(source.Database.ConnectionString);
            counts["platform.data_protection_keys"].ShouldBeGreaterThan(0);
            counts["cantine.stored_files"].ShouldBeGreaterThan(0);
            counts.Keys.ShouldContain(t => t.StartsWith("hangfire.", StringComparison.Ordinal));
            counts.Keys.ShouldContain(t => t.StartsWith("wolverine.", StringComparison.Ordinal));

            var server = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString);
            await ScriptRunner.RunAsync("./cantine", ["backup", dump, "--database", source.Database.Name], new Dictionary<string, string>
            {
                ["PGHOST"] = server.Host!,
                ["PGPORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["PGUSER"] = server.Username!,
            });

            cluster = await ScratchCluster.StartAsync();
            await ScriptRunner.RunAsync("./cantine", ["restore", dump], cluster.Libpq);
            var restoredDatabase = cluster.ConnectionString("cantine");
            (await RowCountsAsync(restoredDatabase)).ShouldBe(counts);

            restored = await CantineHost.StartAsync(TestClock.DefaultStart, new Dictionary<string, string?>(), serveOverHttp: false, connect: _ => restoredDatabase);

            // The cookie issued by the first host before the backup still opens the family's pages.
            using var after = Client(restored, cookies);
            (await BookedBoxesAsync(after)).ShouldBe(booked);
            var file = await after.Http.GetAsync(documentUrl);
            file.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await file.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);

            using var parent = Client(restored, new CookieContainer());
            await parent.SignInGuardianAsync(DemoTown.Slug, "julien.bernard", DemoTown.GuardianPassword);
            using var administrator = Client(restored, new CookieContainer());
            await SignInAdministratorAsync(administrator);
        }
        finally
        {
            if (restored is not null)
            {
                await restored.StopAsync();
            }

            if (cluster is not null)
            {
                await cluster.DisposeAsync();
            }

            await source.StopAsync();
            File.Delete(dump);
        }
    }

    private static PortalClient Client(CantineHost host, CookieContainer cookies) =>
        new(host.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)), host.Clock);

    private static async Task<List<string>> BookedBoxesAsync(PortalClient client)
    {
        var (response, page) = await client.GetAsync($"/{DemoTown.Slug}/reservations");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return [.. page.QuerySelectorAll("main input[type=checkbox]:checked").Select(i => i.GetAttribute("name") + "=" + i.GetAttribute("value"))];
    }

    private static async Task<(string Url, byte[] Content)> FirstDocumentAsync(PortalClient client)
    {
        var (response, page) = await client.GetAsync($"/{DemoTown.Slug}/documents");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var url = page.QuerySelectorAll($"main a[href^='/{DemoTown.Slug}/documents/']").First().GetAttribute("href")!;
        var file = await client.Http.GetAsync(url);
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (url, await file.Content.ReadAsByteArrayAsync());
    }

    private static async Task SignInAdministratorAsync(PortalClient client)
    {
        var signIn = await client.SubmitAsync($"/{DemoTown.Slug}/admin/connexion", new Dictionary<string, string>
        {
            ["Connexion.Login"] = DemoTown.AdministratorLogin,
            ["Connexion.MotDePasse"] = DemoTown.StaffPassword,
        });
        PortalClient.Location(signIn).ShouldBe($"/{DemoTown.Slug}/admin/verification");
        var verified = await client.SubmitAsync($"/{DemoTown.Slug}/admin/verification", new Dictionary<string, string>
        {
            ["Verification.Code"] = TestTown.NextCode(client.Clock, DemoTown.AdministratorTotpSecret),
        });
        PortalClient.Location(verified).ShouldBe($"/{DemoTown.Slug}/admin");
    }

    /// <summary>Every table of the product's schemas with its number of rows, in one statement.</summary>
    private static async Task<SortedDictionary<string, long>> RowCountsAsync(string connectionString)
    {
        const string sql = """
            SELECT table_schema || '.' || table_name,
                   (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text::bigint
            FROM information_schema.tables
            WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE'
            """;
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = Schemas } } };
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }
}
