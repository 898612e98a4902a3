using System.Net;
using Cantine.Host.Demo;
using Cantine.Invoicing.Contracts.GetFamilyInvoices;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Contracts.IssueMonthInvoices;
using Cantine.Invoicing.Contracts.ListInvoices;
using Cantine.Invoicing.Contracts.PreviewMonthInvoices;
using Cantine.Invoicing.Contracts.RecordPayment;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.Demo;

/// <summary>
/// Issue #14's "Done when" in the demo town: on 6 November an administrator previews and issues October's invoices, a
/// parent sees hers in "Factures", staff record a cheque and the balance follows. The demo's history reaches back to the
/// first day of last month, bookings and attendance, so October is billed on both bases.
/// </summary>
public sealed class DemoInvoicingTests(DemoInvoicingTests.App app) : IClassFixture<DemoInvoicingTests.App>
{
    private static readonly DateOnly October = new(2030, 10, 1);

    public sealed class App : CantineApp
    {
        protected override DateTimeOffset StartsAt => TestClock.AtParis(new DateTime(2030, 11, 6, 10, 0, 0));

        protected override async Task SeedAsync() => (await Services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None)).ShouldBeTrue();
    }

    [Fact]
    public async Task Last_month_is_previewed_issued_seen_by_a_parent_and_settled_by_a_cheque()
    {
        var preview = await app.SendAsync(DemoTown.Slug, s => s.Send(new PreviewMonthInvoicesQuery(October)));
        preview.Batch.ShouldBeNull();
        preview.Families.Select(f => f.FamilyName).Order().ShouldBe(["Bernard", "Dubois", "Martin"]);
        var martin = preview.Families.Single(f => f.FamilyName == "Martin");
        martin.Lines.ShouldContain(l => l.ChildName.StartsWith("Léa") && l.ServiceName == "1er service" && l.Quantity > 4);
        martin.Lines.ShouldContain(l => l.ChildName.StartsWith("Hugo") && l.ServiceName == "Garderie matin" && l.Quantity > 4, "attendance basis");
        martin.TotalCents.ShouldBe(martin.Lines.Sum(l => l.AmountCents));

        (await app.SendTrackedAsync(DemoTown.Slug, s => s.Send(new IssueMonthInvoicesCommand(October)))).Result.IsSuccess.ShouldBeTrue();

        var rows = (await app.SendAsync(DemoTown.Slug, s => s.Send(new ListInvoicesQuery(null, October, null)))).Rows;
        rows.Select(r => r.Number).Order().ShouldBe(["2030-000001", "2030-000002", "2030-000003"]);
        var invoice = rows.Single(r => r.FamilyId == martin.FamilyId);
        invoice.TotalCents.ShouldBe(martin.TotalCents);

        using var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync(DemoTown.Slug, "sophie.martin", DemoTown.GuardianPassword);
        var (response, page) = await parent.GetAsync($"/{DemoTown.Slug}/factures");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("main")!.TextContent.ShouldContain(invoice.Number);
        page.QuerySelector("main")!.TextContent.ShouldContain("À payer");

        // The demo pays online through PayFiP's test environment (the simulator under `./cantine run`).
        var unpaid = await app.SendAsync(DemoTown.Slug, s => s.Send(new GetFamilyInvoicesQuery(martin.FamilyId)));
        for (var tries = 0; !unpaid.OnlinePayment && tries < 100; tries++)
        {
            await Task.Delay(100);
            unpaid = await app.SendAsync(DemoTown.Slug, s => s.Send(new GetFamilyInvoicesQuery(martin.FamilyId)));
        }

        unpaid.OnlinePayment.ShouldBeTrue();
        unpaid.Invoices.Single().PayableOnline.ShouldBeTrue();

        (await app.SendAsync(DemoTown.Slug, s => s.Send(new RecordPaymentCommand(
            invoice.InvoiceId, Guid.NewGuid(), invoice.TotalCents, new DateOnly(2030, 11, 6), PaymentMethod.Cheque, "Chèque 0012345", Guid.NewGuid(), "Alice Lambert"))))
            .IsSuccess.ShouldBeTrue();

        var family = await app.SendAsync(DemoTown.Slug, s => s.Send(new GetFamilyInvoicesQuery(martin.FamilyId)));
        family.BalanceCents.ShouldBe(0);
        family.Invoices.Single().Status.ShouldBe(InvoiceStatus.Paid);
    }
}
