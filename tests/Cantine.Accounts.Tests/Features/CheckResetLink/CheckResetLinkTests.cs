using Cantine.Accounts.Contracts.CheckResetLink;
using Cantine.Accounts.Contracts.ResetPassword;
using Cantine.BuildingBlocks.Contracts.Results;

namespace Cantine.Accounts.Tests.Features.CheckResetLink;

public sealed class CheckResetLinkTests(CheckResetLinkTests.App app) : IClassFixture<CheckResetLinkTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync()
        {
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
            (await this.SendAsync("vienne", s => s.Send(Structures.Command("vienne", "Ville de Vienne")))).ShouldSucceed();
        }
    }

    private Task<Result<ResetLinkDto>> CheckAsync(string token, string tenant = "lyon") =>
        app.SendAsync(tenant, s => s.Send(new CheckResetLinkQuery(token)));

    [Fact]
    public async Task Names_the_login_and_the_minimum_length_of_a_fresh_guardian_link()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Julie", "Morel");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        (await CheckAsync(link.Token())).ShouldSucceed().ShouldBe(new ResetLinkDto("julie.morel", 12, IsStaff: false));
    }

    [Fact]
    public async Task Says_when_the_link_is_for_a_staff_member()
    {
        var staff = await Seed.StaffAsync(app, "lyon", "Agent");
        var link = await Links.RequestAsync(app, "lyon", staff.Login);

        (await CheckAsync(link.Token())).ShouldSucceed().IsStaff.ShouldBeTrue();
    }

    [Fact]
    public async Task Checking_a_link_does_not_use_it_up()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Anaïs", "Robin");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        (await CheckAsync(link.Token())).ShouldSucceed();

        (await CheckAsync(link.Token())).ShouldSucceed();
    }

    [Theory]
    [InlineData("")]
    [InlineData("n-importe-quoi")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Refuses_a_made_up_link(string token)
    {
        (await CheckAsync(token)).ShouldBeRefused("ResetLinkInvalid");
    }

    [Fact]
    public async Task Refuses_a_link_whose_token_was_altered()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Omar", "Noël");
        var token = (await Links.RequestAsync(app, "lyon", family.Guardian.Login)).Token();
        var altered = token[..^3] + (token[^3] == 'A' ? 'B' : 'A') + token[^2..];

        (await CheckAsync(altered)).ShouldBeRefused("ResetLinkInvalid");
    }

    [Fact]
    public async Task Refuses_another_towns_link()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Nina", "Chevalier");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        (await CheckAsync(link.Token(), tenant: "vienne")).ShouldBeRefused("ResetLinkInvalid");
        (await CheckAsync(link.Token(), tenant: "lyon")).ShouldSucceed();
    }

    [Fact]
    public async Task Refuses_a_link_that_was_used()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Sacha", "Meyer");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);
        (await app.SendAsync("lyon", s => s.Send(new ResetPasswordCommand(link.Token(), "Un-Nouveau-Mot-De-Passe", "Un-Nouveau-Mot-De-Passe")))).ShouldSucceed();

        (await CheckAsync(link.Token())).ShouldBeRefused("ResetLinkInvalid");
    }

    [Fact]
    public async Task Refuses_a_link_older_than_an_hour_as_expired()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Timéo", "Giraud");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        app.Clock.Advance(TimeSpan.FromMinutes(61));

        (await CheckAsync(link.Token())).ShouldBeRefused("ResetLinkExpired");
    }
}
