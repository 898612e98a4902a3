using System.Diagnostics;
using System.Net;
using Cantine.Accounts.Contracts.CreateStructure;
using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Contracts.SetPassword;
using Cantine.Attendance.Contracts.FindChildren;
using Cantine.Attendance.Contracts.GetFamilyAttendance;

namespace Cantine.Host.Tests.Presences;

/// <summary>
/// Manual §4: "semaine précédente/suivante, mois précédent/suivant": a town that books by the month shows a month,
/// with "Mois précédent" and "Mois suivant".
/// </summary>
public sealed class PresencesMonthlyTests(PresencesMonthlyTests.App app) : IClassFixture<PresencesMonthlyTests.App>
{
    private const string Login = "ines.garnier-annecy";

    public sealed class App : CantineApp
    {
        public Guid FamilyId { get; private set; }

        protected override async Task SeedAsync()
        {
            (await SendAsync("annecy", s => s.Send(new CreateStructureCommand(
                "annecy", "Ville d'Annecy", "1 rue du Lac", "74000", "Annecy", "04 50 00 00 00", "contact@annecy.test", "Month",
                [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday], "Anne", "Admin", "admin@annecy.test", "admin-annecy")))).ShouldSucceed();
            FamilyId = (await SendAsync("annecy", s => s.Send(new RegisterFamilyCommand("Garnier")))).ShouldSucceed();
            var guardian = (await SendAsync("annecy", s => s.Send(new RegisterGuardianCommand(
                FamilyId, "Mme", "Inès", "Garnier", $"{Login}@familles.test", "06 00 00 00 00", Login)))).ShouldSucceed();
            (await SendAsync("annecy", s => s.Send(new SetPasswordCommand(guardian.UserId, TestTown.Password)))).ShouldSucceed();
            (await SendAsync("annecy", s => s.Send(new RegisterChildCommand(FamilyId, "Rose", "Garnier", new DateOnly(2018, 5, 1), "École du Lac", "CE1")))).ShouldSucceed();
            var waited = Stopwatch.StartNew();
            while ((await SendAsync("annecy", s => s.Send(new FindChildrenQuery("Rose")))).Count == 0
                   || (await SendAsync("annecy", s => s.Send(new GetFamilyAttendanceQuery(FamilyId))))?.PeriodKind != "Monthly")
            {
                waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "Attendance did not receive the town and its child from Accounts.");
                await Task.Delay(100);
            }
        }
    }

    [Fact]
    public async Task A_town_booking_by_the_month_shows_a_month_with_the_months_links()
    {
        using var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync("annecy", Login);

        var (response, page) = await parent.GetAsync("/annecy/presences?jour=2030-09-17");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector(".period-title")!.TextContent.Trim().ShouldBe("Mois de septembre 2030");
        var links = page.QuerySelectorAll("nav.period-nav a").Select(a => (Text: a.TextContent.Trim(), Href: a.GetAttribute("href"))).ToList();
        links.ShouldBe([("<< Mois précédent", "/annecy/presences?jour=2030-08-01"), ("Mois suivant >>", "/annecy/presences?jour=2030-10-01")]);
        page.QuerySelector("main table caption")!.TextContent.ShouldBe("GARNIER Rose");
        page.QuerySelector("main table")!.TextContent.ShouldContain("Aucune prestation pour cet enfant sur cette période.");
        page.QuerySelector("[data-grand-total]")!.TextContent.ShouldBe("0,00\u00a0€");
    }
}
