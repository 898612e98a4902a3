using Cantine.Accounts.Contracts.CheckResetLink;
using Cantine.Accounts.Contracts.PurgeExpiredResetTokens;
using Cantine.Accounts.Contracts.ResetPassword;
using Cantine.Accounts.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Accounts.Tests.Features.PurgeExpiredResetTokens;

/// <summary>
/// Each test class has its own database, and each test here its own towns, so counts are exact:
/// creating a town issues one link (its administrator's first connection).
/// </summary>
public sealed class PurgeExpiredResetTokensTests(PurgeExpiredResetTokensTests.App app) : IClassFixture<PurgeExpiredResetTokensTests.App>
{
    private const string NewPassword = "Marron-Chataigne-Noisette";

    public sealed class App : CantineApp;

    private Task<int> PurgeAsync(string tenant) => app.SendAsync(tenant, s => s.Send(new PurgeExpiredResetTokensCommand()));

    private async Task TownAsync(string slug) => (await app.SendAsync(slug, s => s.Send(Structures.Command(slug)))).ShouldSucceed();

    [Fact]
    public async Task Deletes_expired_and_used_links_and_keeps_the_ones_still_usable()
    {
        await TownAsync("brou");
        var early = await Seed.FamilyWithGuardianAsync(app, "brou", "Jules", "Avant");
        var expired = await Links.RequestAsync(app, "brou", early.Guardian.Login);
        app.Clock.Advance(TimeSpan.FromHours(2));
        var waiting = await Seed.FamilyWithGuardianAsync(app, "brou", "Léna", "Attente");
        var usable = await Links.RequestAsync(app, "brou", waiting.Guardian.Login);
        var done = await Seed.FamilyWithGuardianAsync(app, "brou", "Tom", "Fini");
        var used = await Links.RequestAsync(app, "brou", done.Guardian.Login);
        (await app.SendAsync("brou", s => s.Send(new ResetPasswordCommand(used.Token(), NewPassword, NewPassword)))).ShouldSucceed();

        var purged = await PurgeAsync("brou");

        purged.ShouldBe(3, "the administrator's first link and Jules's, both expired, and Tom's, used");
        (await app.SendAsync("brou", s => s.Send(new CheckResetLinkQuery(usable.Token())))).ShouldSucceed();
        // Its document is gone, but the link still carries its expiry: the parent is told it expired, not that it is wrong.
        (await app.SendAsync("brou", s => s.Send(new CheckResetLinkQuery(expired.Token())))).ShouldBeRefused("ResetLinkExpired");
        (await app.SendAsync("brou", s => s.Send(new ResetPasswordCommand(usable.Token(), NewPassword, NewPassword)))).ShouldSucceed();
    }

    [Fact]
    public async Task Purging_again_finds_nothing_left()
    {
        await TownAsync("ceyzeriat");
        app.Clock.Advance(TimeSpan.FromHours(2));
        (await PurgeAsync("ceyzeriat")).ShouldBe(1);

        (await PurgeAsync("ceyzeriat")).ShouldBe(0);
    }

    [Fact]
    public async Task Purges_only_the_towns_own_links()
    {
        await TownAsync("jasseron");
        await TownAsync("polliat");
        app.Clock.Advance(TimeSpan.FromHours(2));

        (await PurgeAsync("jasseron")).ShouldBe(1);

        (await PurgeAsync("polliat")).ShouldBe(1);
    }

    [Fact]
    public async Task The_hourly_job_purges_every_town()
    {
        await TownAsync("attignat");
        await TownAsync("montagnat");
        app.Clock.Advance(TimeSpan.FromHours(2));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PurgeExpiredResetTokensJob>().RunAsync(CancellationToken.None);
        }

        (await PurgeAsync("attignat")).ShouldBe(0);
        (await PurgeAsync("montagnat")).ShouldBe(0);
    }
}
