using System.Net;
using Cantine.Host.Demo;
using Cantine.Reservations.Contracts.GetHeadcounts;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.Demo;

/// <summary>
/// `./cantine run` seeds the demo town: its parents book meals and its kitchen counts them (issue "Reservations",
/// "Done when"). The seed waits for the children to reach Reservations through the integration events.
/// </summary>
public sealed class DemoTownTests(CantineApp app) : IClassFixture<CantineApp>
{
    [Fact]
    public async Task The_demo_town_has_services_bookings_a_parent_sees_and_headcounts_for_the_kitchen()
    {
        var seeded = await app.Services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);

        seeded.ShouldBeTrue();
        using var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync(DemoTown.Slug, "sophie.martin", DemoTown.GuardianPassword);
        var (response, page) = await parent.GetAsync($"/{DemoTown.Slug}/reservations");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var captions = page.QuerySelectorAll("table caption").Select(c => c.TextContent).ToList();
        captions.ShouldContain(c => c.Contains("Léa", StringComparison.Ordinal));
        captions.ShouldContain(c => c.Contains("Hugo", StringComparison.Ordinal));
        page.QuerySelectorAll("input[type=checkbox]:checked").Length.ShouldBeGreaterThan(0);
        page.Body!.TextContent.ShouldContain("Total Général");
        page.QuerySelectorAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Valider");

        var today = app.Clock.ParisToday();
        var history = await app.SendAsync(DemoTown.Slug, s => s.Send(new GetHeadcountsQuery(today.AddDays(-14))));
        history.Rows.Sum(r => r.Count).ShouldBeGreaterThan(0);
    }
}
