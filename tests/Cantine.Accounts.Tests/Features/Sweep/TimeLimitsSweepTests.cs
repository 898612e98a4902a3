using Cantine.Accounts.Contracts.CheckResetLink;
using Cantine.Accounts.Contracts.SignIn;

namespace Cantine.Accounts.Tests.Features.Sweep;

/// <summary>
/// The accounts' time limits at each instant of the calendar sweep (a DST night included: they are durations, so
/// an hour is an hour whatever the wall clock does): a password link lasts one hour, a lockout fifteen minutes.
/// </summary>
public sealed class TimeLimitsSweepTests(TimeLimitsSweepTests.App app) : IClassFixture<TimeLimitsSweepTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() =>
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
    }

    private static string Name(string instant) => "T" + new string([.. instant.Where(char.IsDigit)]);

    [Theory]
    [MemberData(nameof(CalendarSweep.ParisInstants), MemberType = typeof(CalendarSweep))]
    public async Task A_password_link_works_for_an_hour_and_is_expired_after_it(string instant)
    {
        app.Clock.SetParisTime(CalendarSweep.Parse(instant));
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Lien", Name(instant));
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        app.Clock.Advance(TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(59));
        var inTime = await app.SendAsync("lyon", s => s.Send(new CheckResetLinkQuery(link.Token())));
        app.Clock.Advance(TimeSpan.FromSeconds(2));
        var late = await app.SendAsync("lyon", s => s.Send(new CheckResetLinkQuery(link.Token())));

        inTime.ShouldSucceed();
        late.ShouldBeRefused("ResetLinkExpired");
    }

    [Theory]
    [MemberData(nameof(CalendarSweep.ParisInstants), MemberType = typeof(CalendarSweep))]
    public async Task A_lockout_holds_for_fifteen_minutes_and_ends_by_itself(string instant)
    {
        app.Clock.SetParisTime(CalendarSweep.Parse(instant));
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Verrou", Name(instant));
        for (var i = 0; i < 10; i++)
        {
            (await SignInAsync(family.Guardian.Login, "Mauvais-Mot-De-Passe-" + i)).ShouldBeRefused("SignInFailed");
        }

        app.Clock.Advance(TimeSpan.FromMinutes(14));
        var locked = await SignInAsync(family.Guardian.Login, TestTown.Password);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var unlocked = await SignInAsync(family.Guardian.Login, TestTown.Password);

        locked.ShouldBeRefused("SignInFailed");
        unlocked.ShouldSucceed();
    }

    private Task<Cantine.BuildingBlocks.Contracts.Results.Result<SignedInUserDto>> SignInAsync(string login, string password) =>
        app.SendAsync("lyon", s => s.Send(new SignInCommand(login, password, StaffOnly: false)));
}
