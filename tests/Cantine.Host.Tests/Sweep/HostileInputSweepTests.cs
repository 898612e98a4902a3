using System.Net;
using Cantine.Host.Demo;
using Cantine.Invoicing.Contracts.IssueMonthInvoices;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Cantine.Host.Tests.Sweep;

/// <summary>
/// Every page of the demo town, as a visitor, a parent and the administrator reach it by following links, is sent
/// hostile values in each query parameter and each form field, and each of its forms emptied (issue #18, defects 1
/// and 4). Nothing is listed by hand: the pages come from the page descriptors and the links, the fields from the
/// rendered forms, so a new page is swept the day it is linked. The sweep runs once for the class.
/// </summary>
public sealed class HostileInputSweepTests(HostileInputSweepTests.App app, ITestOutputHelper output) : IClassFixture<HostileInputSweepTests.App>
{
    /// <summary>Pages no link leads to, and why they are left out.</summary>
    private static readonly Dictionary<string, string> Unreached = new(StringComparer.Ordinal)
    {
        ["erreur/{code:int}"] = "the error page itself",
        ["{slug}/deconnexion"] = "the way out (a post), not followed",
        ["{slug}/admin/deconnexion"] = "the way out (a post), not followed",
        ["{slug}/admin/verification"] = "the second factor, between password and code (SignIn tests)",
        ["{slug}/admin/activation"] = "an authenticator's enrolment, between password and code (SignIn tests)",
        ["{slug}/admin/e-mails/{id}"] = "e-mails are listed only when written to files (Development); the tests send them by SMTP",
        ["{slug}/admin/import/suivi/{runId:guid}"] = "the progress of a CSV import, which the demo has none of",
        ["{slug}/factures/payer"] = "a post that leaves for PayFiP (Payfip tests)",
        ["{slug}/factures/paiement/{attemptId:guid}"] = "PayFiP's way back, after a payment (Payfip tests)",
        ["{slug}/desabonnement"] = "one-click unsubscribe, linked from e-mails' List-Unsubscribe header only (Unsubscribe tests)",
        ["{slug}/logo"] = "the town's logo, which the demo town has none of",
        ["{slug}/admin/import/{id:guid}"] = "the preview of an uploaded CSV file (Import tests)",
        ["{slug}/admin/messages/{id:guid}/piece-jointe"] = "the demo's message has no attachment (Contact tests)",
        ["{slug}/mes-messages/{id:guid}/piece-jointe"] = "the demo's message has no attachment (Contact tests)",
        ["{slug}/admin/rgpd/{familyId:guid}"] = "reached through the RGPD search's results (Rgpd tests)",
        ["{slug}/admin/rgpd/{familyId:guid}/export"] = "reached through the RGPD search's results (Rgpd tests)",
    };

    public sealed class App : CantineApp
    {
        private readonly SemaphoreSlim _once = new(1, 1);
        private PageSweep? _sweep;

        /// <summary>A host of its own: the sweep's refused posts would reach the contact form's hourly limit long before its end.</summary>
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimits:ContactMessagesPerHour"] = "100000",
        };

        /// <summary>6 November: October is over, so its invoices can be issued and the invoice pages have something to show.</summary>
        protected override DateTimeOffset StartsAt => TestClock.AtParis(new DateTime(2030, 11, 6, 10, 0, 0));

        protected override async Task SeedAsync()
        {
            (await Services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None)).ShouldBeTrue();
            (await this.SendTrackedAsync(DemoTown.Slug, s => s.Send(new IssueMonthInvoicesCommand(new DateOnly(2030, 10, 1))))).Result.IsSuccess.ShouldBeTrue();
        }

        public async Task<PageSweep> SweepAsync()
        {
            await _once.WaitAsync();
            try
            {
                return _sweep ??= await RunAsync();
            }
            finally
            {
                _once.Release();
            }
        }

        private async Task<PageSweep> RunAsync()
        {
            var sweep = new PageSweep(await PageCatalogue.ReadAsync(Services), DemoTown.Slug);
            using var visitor = CreatePortalClient();
            using var parent = CreatePortalClient();
            using var administrator = CreatePortalClient();
            await SignInParentAsync(parent);
            await SignInAdministratorAsync(administrator);

            await sweep.CrawlAsync("administrateur", administrator, $"/{DemoTown.Slug}/admin");
            await sweep.CrawlAsync("parent", parent, $"/{DemoTown.Slug}/accueil");
            await sweep.CrawlAsync("visiteur", visitor, "/", $"/{DemoTown.Slug}", $"/{DemoTown.Slug}/admin/connexion", $"/{DemoTown.Slug}/mot-de-passe/choisir");

            await sweep.SweepAsync("visiteur", visitor, () => Task.CompletedTask);
            await sweep.SweepAsync("parent", parent, () => StillSignedInAsync(parent, $"/{DemoTown.Slug}/accueil", SignInParentAsync));
            await sweep.SweepAsync("administrateur", administrator, () => StillSignedInAsync(administrator, $"/{DemoTown.Slug}/admin", SignInAdministratorAsync));
            return sweep;
        }

        private static async Task StillSignedInAsync(PortalClient client, string home, Func<PortalClient, Task> signIn)
        {
            using var response = await client.Http.GetAsync(home);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                await signIn(client);
            }
        }

        private static Task SignInParentAsync(PortalClient client) =>
            client.SignInGuardianAsync(DemoTown.Slug, "nadia.dubois", DemoTown.GuardianPassword);

        private static async Task SignInAdministratorAsync(PortalClient client)
        {
            var response = await client.SubmitAsync($"/{DemoTown.Slug}/admin/connexion", new Dictionary<string, string>
            {
                ["Connexion.Login"] = DemoTown.AdministratorLogin,
                ["Connexion.MotDePasse"] = DemoTown.StaffPassword,
            });
            PortalClient.Location(response).ShouldBe($"/{DemoTown.Slug}/admin/verification");
            var verified = await client.SubmitAsync($"/{DemoTown.Slug}/admin/verification", new Dictionary<string, string>
            {
                ["Verification.Code"] = TestTown.NextCode(client.Clock, DemoTown.AdministratorTotpSecret),
            });
            PortalClient.Location(verified).ShouldBe($"/{DemoTown.Slug}/admin");
        }
    }

    [Fact]
    public async Task Every_message_a_refused_form_shows_is_French_and_names_no_property()
    {
        var sweep = await app.SweepAsync();

        var leaks = sweep.Requests
            .SelectMany(r => r.Messages.Select(m => (Request: r, Problem: FrenchMessages.Problem(m))))
            .Where(x => x.Problem is not null)
            .Select(x => $"{x.Problem}: {x.Request}")
            .Distinct()
            .ToList();

        output.WriteLine($"{sweep.Requests.Count} requests, {sweep.Requests.Sum(r => r.Messages.Count)} messages");
        leaks.ShouldBeEmpty(string.Join("\n", leaks.Take(60)));
        sweep.Requests.Count(r => r.Messages.Count > 0).ShouldBeGreaterThan(100, "the sweep saw refused forms");
    }

    [Fact]
    public async Task No_page_carries_english_or_a_property_name_in_its_markup()
    {
        var sweep = await app.SweepAsync();

        // No client-side validation library runs: its data-val-* attributes would only carry the frameworks' English
        // defaults ("The SeSouvenir field is required.") into the page.
        var validation = sweep.MarkupTexts.Where(t => t.Contains(" [data-val", StringComparison.Ordinal)).Distinct().ToList();
        var leaks = sweep.MarkupTexts
            .Select(t => (Text: t, Problem: FrenchMessages.Problem(t[(t.IndexOf("] ", StringComparison.Ordinal) + 2)..])))
            .Where(x => x.Problem is not null)
            .Select(x => $"{x.Problem}: {x.Text}")
            .Distinct()
            .ToList();

        output.WriteLine($"{sweep.MarkupTexts.Count} texts in markup");
        validation.ShouldBeEmpty(string.Join("\n", validation.Take(20)));
        leaks.ShouldBeEmpty(string.Join("\n", leaks.Take(40)));
        sweep.MarkupTexts.Count.ShouldBeGreaterThan(100, "the crawl read the pages' markup");
    }

    [Fact]
    public async Task No_hostile_value_gets_a_server_error()
    {
        var sweep = await app.SweepAsync();

        var failures = sweep.Requests.Where(r => r.Status >= 500).Select(r => r.ToString()).ToList();

        output.WriteLine($"{sweep.Requests.Count} requests: " + string.Join(", ", sweep.Requests.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} × {g.Key}")));
        failures.ShouldBeEmpty(string.Join("\n", failures.Take(80)));
        sweep.Requests.Count.ShouldBeGreaterThan(2000);
    }

    [Fact]
    public async Task Every_page_is_reached_by_following_links()
    {
        var sweep = await app.SweepAsync();
        var catalogue = await PageCatalogue.ReadAsync(app.Services);

        var unreached = catalogue.Pages.Select(p => p.Template).Except(sweep.Reached).Except(Unreached.Keys).Order(StringComparer.Ordinal).ToList();

        output.WriteLine(string.Join("\n", sweep.Reached.Order(StringComparer.Ordinal)));
        unreached.ShouldBeEmpty(string.Join("\n", unreached));
    }
}
