using Cantine.Accounts.Contracts.RequestPasswordReset;
using Cantine.BuildingBlocks.Contracts.Results;
using Wolverine.Tracking;

namespace Cantine.Accounts.Tests.Features.RequestPasswordReset;

/// <summary>Password e-mails are rate-limited per account (SPEC §2): three an hour, and the answer never changes.</summary>
public sealed class RequestPasswordResetLimitTests(RequestPasswordResetLimitTests.App app) : IClassFixture<RequestPasswordResetLimitTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() =>
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
    }

    private Task<(Result Result, ITrackedSession Messages)> RequestAsync(string? login, string? email) =>
        app.SendTrackedAsync("lyon", s => s.Send(new RequestPasswordResetCommand(login, email)));

    [Fact]
    public async Task Sends_at_most_three_emails_an_hour_to_an_account_and_still_answers_the_same()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Tess", "Renard");
        for (var i = 0; i < 3; i++)
        {
            var (_, sent) = await RequestAsync(i % 2 == 0 ? family.Guardian.Login : null, i % 2 == 0 ? null : family.Guardian.Email);
            sent.LinksRequested().ShouldHaveSingleItem();
        }

        var (fourth, messages) = await RequestAsync(family.Guardian.Login, null);

        fourth.ShouldSucceed();
        messages.LinksRequested().ShouldBeEmpty();
        app.EmailsTo(family.Guardian.Email).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Sends_again_once_the_hour_has_passed()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Hugo", "Roy");
        for (var i = 0; i < 3; i++)
        {
            await RequestAsync(family.Guardian.Login, null);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(61));
        var (_, messages) = await RequestAsync(family.Guardian.Login, null);

        messages.LinksRequested().ShouldHaveSingleItem();
        app.EmailsTo(family.Guardian.Email).Count.ShouldBe(4);
    }

    [Fact]
    public async Task One_accounts_limit_does_not_hold_back_another_account()
    {
        var busy = await Seed.FamilyWithGuardianAsync(app, "lyon", "Max", "Gauthier");
        var other = await Seed.FamilyWithGuardianAsync(app, "lyon", "Jeanne", "Gauthier");
        for (var i = 0; i < 4; i++)
        {
            await RequestAsync(busy.Guardian.Login, null);
        }

        var (_, messages) = await RequestAsync(other.Guardian.Login, null);

        messages.LinksRequested().ShouldHaveSingleItem().UserId.ShouldBe(other.Guardian.UserId);
    }

    [Fact]
    public async Task Ten_concurrent_requests_send_exactly_three_emails()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Julien", "Bernard");

        var messages = await app.TrackAsync(() => Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            Task.Run(async () => (await app.SendAsync("lyon", s => s.Send(new RequestPasswordResetCommand(family.Guardian.Login, null)))).ShouldSucceed()))));

        messages.LinksRequested().Count.ShouldBe(3);
        app.EmailsTo(family.Guardian.Email).Count.ShouldBe(3);
    }
}
