using Cantine.Accounts.Contracts.ListFamilies;
using Cantine.Accounts.Features.ListFamilies;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Accounts.Tests.Features.Families;

/// <summary>
/// 20,000 families (issue #3: the list stays fast at that size): search and paging stay correct, and the search
/// is served by the trigram index. Speed itself is measured in a benchmark, never in a test.
/// </summary>
public sealed class ListFamiliesAtScaleTests(ListFamiliesAtScaleTests.App app) : IClassFixture<ListFamiliesAtScaleTests.App>
{
    private const int Count = 20_000;

    private static readonly string[] Surnames =
        ["martin", "bernard", "thomas", "petit", "robert", "richard", "durand", "dubois", "moreau", "laurent", "simon", "michel", "lefebvre", "leroy", "roux", "david"];

    public sealed class App : FamiliesApp
    {
        public IReadOnlyList<FamilyListItem> Rows { get; private set; } = [];

        protected override async Task SeedAsync()
        {
            await base.SeedAsync();
            Rows = Enumerable.Range(0, Count).Select(Row).ToList();
            var store = Services.GetRequiredService<IDocumentStore>();
            await store.BulkInsertAsync("lyon", Rows.ToList(), batchSize: 5000);
            await store.BulkInsertAsync("vienne", new[] { Row(7) with { Id = Guid.NewGuid() } }.ToList());
        }

        private static FamilyListItem Row(int i)
        {
            var surname = Surnames[i % Surnames.Length];
            var name = i == 12_345 ? "Dûpont-Ørsted" : $"{char.ToUpperInvariant(surname[0])}{surname[1..]}{i:D5}";
            var children = Enumerable.Range(0, i % 4).Select(k => new FamilyListChild(Guid.NewGuid(), i == 12_345 && k == 0 ? "Noémie" : $"Enfant{k}", name)).ToList();
            return new FamilyListItem
            {
                Id = Guid.CreateVersion7(),
                Name = name,
                IsArchived = i % 10 == 9,
                Guardians = [new FamilyListGuardian(Guid.NewGuid(), "Parent", name, $"p{i:D5}.{surname}", $"p{i:D5}@familles.test")],
                Children = children,
            }.Refreshed();
        }
    }

    private IEnumerable<FamilyListItem> Active => app.Rows.Where(r => !r.IsArchived);

    [Fact]
    public async Task Searches_among_twenty_thousand_families_by_child_login_email_and_accentless_name()
    {
        var byChild = await app.ListAsync("NOEMIE", pageSize: 10);
        var byName = await app.ListAsync("dupont-ørsted");
        var byLogin = await app.ListAsync("p04711.");
        var byEmail = await app.ListAsync("p19999@familles");

        byChild.Items.ShouldHaveSingleItem().Name.ShouldBe("Dûpont-Ørsted");
        byName.Items.ShouldHaveSingleItem().Name.ShouldBe("Dûpont-Ørsted");
        byLogin.Items.ShouldHaveSingleItem().Guardians.Single().Login.ShouldBe($"p04711.{Surnames[4711 % Surnames.Length]}");
        byEmail.Total.ShouldBe(0, "family 19999 is archived");
        (await app.ListAsync("p19999@familles", includeArchived: true)).Total.ShouldBe(1);
    }

    [Fact]
    public async Task Counts_and_pages_a_broad_search_exactly()
    {
        var expected = Active.Where(r => r.SearchText.Contains("moreau", StringComparison.Ordinal))
            .OrderBy(r => r.SortName, StringComparer.Ordinal).Select(r => r.Id).ToList();

        var first = await app.ListAsync("Moreau", pageSize: 50);
        var third = await app.ListAsync("Moreau", page: 3, pageSize: 50);
        var last = await app.ListAsync("Moreau", page: first.PageCount, pageSize: 50);

        first.Total.ShouldBe(expected.Count);
        first.Items.Select(i => i.FamilyId).ShouldBe(expected.Take(50));
        third.Items.Select(i => i.FamilyId).ShouldBe(expected.Skip(100).Take(50));
        last.Items.Select(i => i.FamilyId).ShouldBe(expected.Skip((first.PageCount - 1) * 50));
    }

    [Fact]
    public async Task Pages_the_whole_list_by_number_of_children_then_name()
    {
        var expected = Active.OrderByDescending(r => r.ChildCount).ThenBy(r => r.SortName, StringComparer.Ordinal).Select(r => r.Id).ToList();

        var page = await app.ListAsync(null, page: 120, pageSize: 100, sort: FamilySort.Children.Insert(0, "-"));

        page.Total.ShouldBe(expected.Count);
        page.Items.Select(i => i.FamilyId).ShouldBe(expected.Skip(11_900).Take(100));
    }

    [Fact]
    public async Task The_search_uses_the_trigram_index()
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession("lyon");
        var command = session.Query<FamilyListItem>().Where(r => r.SearchText.Contains("noemie")).ToCommand();
        command.CommandText = "EXPLAIN " + command.CommandText;
        await using var connection = new Npgsql.NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();

        // The planner's statistics, as autovacuum gathers them after a bulk load: without them its choice of index
        // depends on whether autovacuum has passed yet (seen on a loaded machine: the primary key was chosen).
        await using (var analyze = new Npgsql.NpgsqlCommand("ANALYZE cantine.mt_doc_familylistitem", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        // With the rare word, the planner's estimates for the trigram bitmap scan and for walking the town's part of
        // the primary key are close, and which one wins moved with the sample ANALYZE took (seen once in a full run).
        // Plain index scans are set aside for this statement only: what must hold is that the search's SQL matches
        // the trigram index, so that the bitmap scan is on that index and not on the primary key, nor a sequential scan.
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var setting = new Npgsql.NpgsqlCommand("SET LOCAL enable_indexscan = off", connection, transaction))
        {
            await setting.ExecuteNonQueryAsync();
        }

        command.Connection = connection;
        command.Transaction = transaction;
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        string.Join('\n', plan).ShouldContain("search_text", customMessage: string.Join('\n', plan));
        plan.ShouldContain(line => line.Contains("Bitmap Index Scan on mt_doc_familylistitem_idx_search_text", StringComparison.Ordinal), string.Join('\n', plan));
    }
}
