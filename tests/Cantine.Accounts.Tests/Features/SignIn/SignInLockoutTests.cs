using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Domain;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Accounts.Tests.Features.SignIn;

/// <summary>Brute force is slowed (SPEC §2): ten failures in a row lock an account for fifteen minutes.</summary>
public sealed class SignInLockoutTests(SignInLockoutTests.App app) : IClassFixture<SignInLockoutTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() =>
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
    }

    private Task<Result<SignedInUserDto>> SignInAsync(string login, string password) =>
        app.SendAsync("lyon", s => s.Send(new SignInCommand(login, password, StaffOnly: false)));

    private async Task FailAsync(string login, int times)
    {
        for (var i = 0; i < times; i++)
        {
            (await SignInAsync(login, "Mauvais-Mot-De-Passe-" + i)).ShouldBeRefused("SignInFailed");
        }
    }

    [Fact]
    public async Task Locks_the_account_after_ten_failures_in_a_row_even_against_the_right_password()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Ugo", "Marchand");

        await FailAsync(family.Guardian.Login, 10);

        var locked = await SignInAsync(family.Guardian.Login, TestTown.Password);
        locked.ShouldBeRefused("SignInFailed").Message.ShouldContain("15 minutes");
    }

    [Fact]
    public async Task Nine_failures_do_not_lock_the_account()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Eva", "Leroy");

        await FailAsync(family.Guardian.Login, 9);

        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldSucceed();
    }

    [Fact]
    public async Task A_successful_sign_in_starts_the_failure_count_again()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Léo", "Girard");
        await FailAsync(family.Guardian.Login, 9);
        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldSucceed();

        await FailAsync(family.Guardian.Login, 9);

        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldSucceed();
    }

    [Fact]
    public async Task A_lockout_ends_by_itself_after_fifteen_minutes()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Lina", "Bonnet");
        await FailAsync(family.Guardian.Login, 10);
        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldBeRefused("SignInFailed");

        app.Clock.Advance(TimeSpan.FromMinutes(16));

        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldSucceed();
    }

    [Fact]
    public async Task Failures_spread_over_days_do_not_add_up_to_a_lockout()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Axel", "Mercier");
        await FailAsync(family.Guardian.Login, 9);

        app.Clock.Advance(TimeSpan.FromDays(3));
        await FailAsync(family.Guardian.Login, 1);

        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldSucceed();
    }

    [Fact]
    public async Task Locking_one_account_leaves_the_others_alone()
    {
        var locked = await Seed.FamilyWithGuardianAsync(app, "lyon", "Gabin", "Fournier");
        var other = await Seed.FamilyWithGuardianAsync(app, "lyon", "Manon", "Fournier");

        await FailAsync(locked.Guardian.Login, 10);

        (await SignInAsync(other.Guardian.Login, TestTown.Password)).ShouldSucceed();
    }

    [Fact]
    public async Task Twenty_concurrent_wrong_passwords_lock_the_account_at_the_threshold()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Julien", "Bernard");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => SignInAsync(family.Guardian.Login, "Mauvais-" + i))));

        attempts.ShouldAllBe(a => !a.IsSuccess && a.Errors[0].Code == "SignInFailed");
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession("lyon");
        var events = await session.Events.FetchStreamAsync(family.Guardian.UserId);
        events.Count(e => e.Data is AccountLockedOut).ShouldBe(1);
        var locked = await SignInAsync(family.Guardian.Login, TestTown.Password);
        locked.ShouldBeRefused("SignInFailed").Message.ShouldContain("15 minutes");
    }
}
