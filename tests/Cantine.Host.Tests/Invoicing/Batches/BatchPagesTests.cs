using System.Net;
using Cantine.Host.Tests.Support;
using Cantine.Invoicing.Contracts.GetInvoiceBatch;

namespace Cantine.Host.Tests.Invoicing.Batches;

/// <summary>
/// Facturation › Émission des factures: an administrator previews last month (families, lines, total), issues it, and the
/// progress page (a <c>progress</c> bar with an <c>aria-live</c> status) shows it done; a second issue is refused; parents are refused.
/// </summary>
public sealed class BatchPagesTests(BatchPagesTests.App app) : IClassFixture<BatchPagesTests.App>
{
    public sealed class App : CantineApp
    {
        public InvoicingTown Lyon { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Lyon = await InvoicingTown.CreateAsync(this, "lyon", issue: false);
        }

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_administrator_previews_issues_and_follows_last_months_invoices()
    {
        var admin = await app.Clients.StaffAsync("lyon", app.Lyon.Town.Administrator);
        var month = $"{app.Lyon.Month:yyyy-MM}";
        var url = $"/lyon/admin/facturation/emission?mois={month}";

        var (previewResponse, preview) = await admin.GetAsync(url);
        HttpResponseMessage issued = null!;
        await app.TrackAsync(async () => issued = await admin.SubmitAsync(preview, url, new Dictionary<string, string>(), "emission?mois="));
        var (_, progress) = await admin.GetAsync(PortalClient.Location(issued));
        var again = await admin.SubmitAsync(preview, url, new Dictionary<string, string>(), "emission?mois=");
        var (_, after) = await admin.GetAsync(url);

        previewResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        preview.QuerySelectorAll("tbody tr").Count.ShouldBe(2);
        Html.Text(preview.QuerySelector("#titre-apercu")!.ParentElement!).ShouldContain("2 factures");
        issued.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PortalClient.Location(issued).ShouldBe($"/lyon/admin/facturation/emission/{month}");
        var bar = progress.QuerySelector("progress")!;
        (bar.GetAttribute("value"), bar.GetAttribute("max")).ShouldBe(("2", "2"));
        progress.QuerySelector("[aria-live]")!.TextContent.ShouldContain("Émission terminée");
        progress.QuerySelector("meta[http-equiv='refresh']").ShouldBeNull();
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.ReadPageAsync()).ErrorNotice().ShouldContain("déjà été lancées");
        after.QuerySelector("form[method='post'][action*='emission']").ShouldBeNull();
        (await app.SendAsync("lyon", s => s.Send(new GetInvoiceBatchQuery(app.Lyon.Month))))!.InvoicesIssued.ShouldBe(2);
    }

    [Fact]
    public async Task A_month_not_started_has_no_progress_page_and_parents_are_refused()
    {
        var admin = await app.Clients.StaffAsync("lyon", app.Lyon.Town.Administrator);
        var parent = await app.Clients.GuardianAsync("lyon", app.Lyon.Town.Family.Guardian);

        (await admin.Http.GetAsync("/lyon/admin/facturation/emission/2001-01")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await parent.Http.GetAsync("/lyon/admin/facturation/emission")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
