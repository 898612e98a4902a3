using System.Net;
using Cantine.Accounts.Contracts.ListStructures;
using Cantine.Accounts.Jobs;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Documents.Contracts.PublishDocument;
using Cantine.Host.Tests.Reservations;
using Cantine.Host.Tests.Support;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cantine.Host.Tests.Tenancy;

/// <summary>
/// Towns spread over two PostgreSQL databases (ADR 0040): "lyon" in the main database (<c>ConnectionStrings:Cantine</c>,
/// where every unlisted town lives), "nancy" in a second one (<c>Persistence:Databases:est</c>, <c>Persistence:Towns:nancy</c>).
/// A parent of each town signs in and books through the pages; each database, read directly, holds its own town's rows
/// and none of the other's; the platform lists both towns.
/// </summary>
public sealed class TwoTownsOnTwoDatabasesTests(TwoTownsOnTwoDatabasesTests.App app) : IClassFixture<TwoTownsOnTwoDatabasesTests.App>
{
    public sealed class App : CantineApp
    {
        public TestDatabase East { get; private set; } = null!;

        public ReservationsTown Lyon { get; private set; } = null!;

        public ReservationsTown Nancy { get; private set; } = null!;

        protected override async Task BeforeHostStartsAsync() => East = await TestDatabase.CreateAsync();

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Persistence:Databases:est"] = East.ConnectionString,
            ["Persistence:Towns:nancy"] = "est",
        };

        protected override async Task SeedAsync()
        {
            Lyon = await ReservationsTown.CreateAsync(this, "lyon");
            Nancy = await ReservationsTown.CreateAsync(this, "nancy");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (East is not null)
            {
                await East.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_parent_of_each_town_books_and_each_database_holds_only_its_own_towns_rows()
    {
        foreach (var town in new[] { app.Lyon, app.Nancy })
        {
            using var parent = app.CreatePortalClient();
            await parent.SignInGuardianAsync(town.Slug, town.Town.Family.Guardian.Login);
            var week = await town.OpenWeekAsync(app);
            var url = $"/{town.Slug}/reservations?jour={week:yyyy-MM-dd}";
            var (_, page) = await BookingForm.LoadAsync(parent, url);

            var response = await BookingForm.SubmitAsync(parent, page, [BookingForm.Key(town.Jade, town.FirstService, week), BookingForm.Key(town.Leo, town.FirstService, week)]);

            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var (_, after) = await parent.GetAsync(PortalClient.Location(response));
            after.Confirmation().ShouldBe("Vos réservations ont été enregistrées.");
            BookingForm.ChildTotal(after, "DURAND Jade").ShouldBe("3,20 €");
        }

        var main = app.Database.ConnectionString;
        var east = app.East.ConnectionString;
        (await BookingsSubmittedAsync(main, "lyon")).ShouldBe(1);
        (await BookingsSubmittedAsync(east, "nancy")).ShouldBe(1);
        (await RowsOfAsync(main, "lyon")).ShouldBeGreaterThan(50);
        (await RowsOfAsync(east, "nancy")).ShouldBeGreaterThan(50);
        (await RowsOfAsync(main, "nancy")).ShouldBe(0, "the main database holds a row of nancy");
        (await RowsOfAsync(east, "lyon")).ShouldBe(0, "the second database holds a row of lyon");
    }

    [Fact]
    public async Task A_file_of_the_second_database_is_stored_and_served_from_it()
    {
        var menu = (await app.SendAsync("nancy", s => s.Send(new PublishDocumentCommand("Menus de Nancy", "Menus", "menus-nancy.pdf", TestFiles.Menu, null, null)))).Value;
        using var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync("nancy", app.Nancy.Town.OtherFamily.Guardian.Login);
        using var lyonnais = app.CreatePortalClient();
        await lyonnais.SignInGuardianAsync("lyon", app.Lyon.Town.OtherFamily.Guardian.Login);

        var file = await parent.Http.GetAsync($"/nancy/documents/{menu}");
        var elsewhere = await lyonnais.Http.GetAsync($"/lyon/documents/{menu}");

        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await file.Content.ReadAsByteArrayAsync()).ShouldBe(TestFiles.Menu);
        await elsewhere.ShouldBeNotFoundAsync();
        (await ScalarAsync(app.East.ConnectionString, "SELECT count(*) FROM cantine.stored_files WHERE tenant_id = 'nancy' AND file_name = 'menus-nancy.pdf'")).ShouldBe(1);
        (await ScalarAsync(app.Database.ConnectionString, "SELECT count(*) FROM cantine.stored_files WHERE file_name = 'menus-nancy.pdf'")).ShouldBe(0);
    }

    [Fact]
    public async Task The_platform_lists_the_towns_of_both_databases()
    {
        var slugs = await app.Services.GetRequiredService<ITenantDirectory>().ListTenantIdsAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var structures = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ListStructuresQuery());

        slugs.ShouldBe(["lyon", "nancy"]);
        structures.Select(s => s.Name).ShouldBe(["Ville de Lyon", "Ville de Nancy"]);
    }

    [Fact]
    public async Task A_recurring_job_visits_the_towns_of_both_databases_and_records_each_run_in_its_towns_database()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PurgeExpiredResetTokensJob>().RunAsync(CancellationToken.None);
        }

        const string Runs = "SELECT count(*) FROM cantine.mt_doc_jobactivity WHERE tenant_id = '{0}'";
        (await ScalarAsync(app.Database.ConnectionString, string.Format(Runs, "lyon"))).ShouldBe(1);
        (await ScalarAsync(app.East.ConnectionString, string.Format(Runs, "nancy"))).ShouldBe(1);
        (await ScalarAsync(app.Database.ConnectionString, string.Format(Runs, "nancy"))).ShouldBe(0, "nancy's run is in the main database");
        (await ScalarAsync(app.East.ConnectionString, string.Format(Runs, "lyon"))).ShouldBe(0, "lyon's run is in the second database");
    }

    [Fact]
    public async Task Each_database_has_the_whole_schema_and_the_second_keeps_its_towns_messages()
    {
        foreach (var database in new[] { app.Database.ConnectionString, app.East.ConnectionString })
        {
            (await ScalarAsync(database, "SELECT count(*) FROM pg_tables WHERE schemaname = 'cantine' AND tablename = 'stored_files'")).ShouldBe(1);
            (await ScalarAsync(database, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'cantine' AND indexname = 'ix_mt_events_audit_author'")).ShouldBe(1);
            (await ScalarAsync(database, "SELECT count(*) FROM pg_tables WHERE schemaname = 'wolverine' AND tablename = 'wolverine_incoming_envelopes'")).ShouldBe(1);
        }

        // Nancy's integration events (Accounts to Reservations…) went through the second database's own inbox, written in
        // the same transaction as nancy's events (Wolverine keeps handled envelopes a few minutes to drop duplicates).
        (await ScalarAsync(app.East.ConnectionString, "SELECT count(*) FROM wolverine.wolverine_incoming_envelopes")).ShouldBeGreaterThan(0);

        // Platform state stays in the main database: Hangfire, Wolverine's nodes, Data Protection keys.
        (await ScalarAsync(app.East.ConnectionString, "SELECT count(*) FROM pg_namespace WHERE nspname IN ('hangfire', 'platform')")).ShouldBe(0);
        (await ScalarAsync(app.Database.ConnectionString, "SELECT count(*) FROM pg_namespace WHERE nspname IN ('hangfire', 'platform')")).ShouldBe(2);
    }

    private static Task<long> BookingsSubmittedAsync(string database, string town) =>
        ScalarAsync(database, $"SELECT count(*) FROM cantine.mt_events WHERE tenant_id = '{town}' AND type = 'bookings_submitted'");

    /// <summary>The rows of <paramref name="town"/> in every table of the product's schema that has a <c>tenant_id</c>.</summary>
    private static async Task<long> RowsOfAsync(string database, string town)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'cantine' AND column_name = 'tenant_id'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        tables.ShouldNotBeEmpty();
        long rows = 0;
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM cantine.\"{table}\" WHERE tenant_id = $1", connection) { Parameters = { new() { Value = town } } };
            rows += (long)(await count.ExecuteScalarAsync())!;
        }

        return rows;
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
