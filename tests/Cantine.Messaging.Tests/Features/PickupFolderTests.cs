using Cantine.Accounts.Contracts.CheckResetLink;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.RequestPasswordReset;
using Cantine.Messaging.Contracts.GetPickedUpEmail;
using Cantine.Messaging.Contracts.ListPickedUpEmails;
using Cantine.Messaging.Tests.Support;

namespace Cantine.Messaging.Tests.Features;

/// <summary>
/// In development e-mails land in a pickup folder, one sub-folder per town, and the back office lists them
/// (ListPickedUpEmails, GetPickedUpEmail): a town only ever sees its own.
/// </summary>
public sealed class PickupFolderTests(PickupFolderTests.App app) : IClassFixture<PickupFolderTests.App>
{
    public sealed class App : CantineApp
    {
        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cantine-pickup-" + Guid.NewGuid().ToString("N"));

        public TestTown Annecy { get; private set; } = null!;

        public TestTown Thones { get; private set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Messaging:PickupDirectory"] = Folder,
        };

        // Tracked, so that the administrators' first e-mails are in the folder before any test lists it.
        protected override Task SeedAsync() => this.TrackAsync(async () =>
        {
            Annecy = await TestTown.CreateAsync(this, "annecy");
            Thones = await TestTown.CreateAsync(this, "thones");
        });

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
    }

    private async Task<PasswordResetRequestedIntegrationEvent> RequestAsync(string tenant, string login)
    {
        var (result, messages) = await app.SendTrackedAsync(tenant, s => s.Send(new RequestPasswordResetCommand(login, null)));
        result.ShouldSucceed();
        return messages.Sent.MessagesOf<PasswordResetRequestedIntegrationEvent>().ShouldHaveSingleItem();
    }

    private Task<PickupMailboxDto> ListAsync(string tenant) => app.SendAsync(tenant, s => s.Send(new ListPickedUpEmailsQuery()));

    [Fact]
    public async Task Lists_the_towns_emails_newest_first_instead_of_sending_them()
    {
        var guardian = app.Annecy.Family.Guardian;
        await RequestAsync("annecy", guardian.Login);

        var mailbox = await ListAsync("annecy");

        mailbox.Enabled.ShouldBeTrue();
        var newest = mailbox.Emails.First();
        newest.To.ShouldContain(guardian.Email);
        newest.Subject.ShouldBe("Votre nouveau mot de passe pour le portail Cantine de Ville de Annecy");
        mailbox.Emails.Select(e => e.At).ShouldBeInOrder(SortDirection.Descending);
        mailbox.Emails.ShouldContain(e => e.To.Contains(app.Annecy.Administrator.Email, StringComparison.Ordinal));
        app.Smtp.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Shows_an_email_with_its_text_and_its_links()
    {
        var guardian = app.Annecy.OtherFamily.Guardian;
        var link = await RequestAsync("annecy", guardian.Login);
        var summary = (await ListAsync("annecy")).Emails.First(e => e.To.Contains(guardian.Email, StringComparison.Ordinal));

        var email = (await app.SendAsync("annecy", s => s.Send(new GetPickedUpEmailQuery(summary.Id)))).ShouldNotBeNull();

        email.Id.ShouldBe(summary.Id);
        email.Subject.ShouldBe(summary.Subject);
        email.To.ShouldContain(guardian.Email);
        email.TextBody.ShouldContain($"Votre identifiant : {guardian.Login}");
        var absolute = email.Links.ShouldHaveSingleItem();
        absolute.ShouldBe("http://cantine.test" + link.LinkPath);
        (await app.SendAsync("annecy", s => s.Send(new CheckResetLinkQuery(EmailReading.Token(absolute))))).ShouldSucceed().Login.ShouldBe(guardian.Login);
    }

    [Fact]
    public async Task A_town_sees_none_of_another_towns_emails()
    {
        await RequestAsync("annecy", app.Annecy.Agent.Login);
        var annecy = await ListAsync("annecy");

        var thones = await ListAsync("thones");

        annecy.Emails.ShouldNotBeEmpty();
        thones.Emails.ShouldNotBeEmpty();
        thones.Emails.ShouldAllBe(e => e.To.Contains("thones", StringComparison.Ordinal));
        thones.Emails.Select(e => e.Id).Intersect(annecy.Emails.Select(e => e.Id)).ShouldBeEmpty();
        foreach (var id in annecy.Emails.Select(e => e.Id))
        {
            (await app.SendAsync("thones", s => s.Send(new GetPickedUpEmailQuery(id)))).ShouldBeNull();
        }
    }

    [Theory]
    [InlineData("../annecy/20250101000000000-0123456789abcdef0123456789abcdef")]
    [InlineData("..")]
    [InlineData("20250101000000000-0123456789abcdef0123456789abcdef")]
    [InlineData("")]
    public async Task Finds_nothing_for_an_id_that_is_not_one_of_the_towns_files(string id)
    {
        (await app.SendAsync("thones", s => s.Send(new GetPickedUpEmailQuery(id)))).ShouldBeNull();
    }

    [Fact]
    public async Task Cannot_reach_another_towns_email_by_walking_up_the_folder()
    {
        var id = (await ListAsync("annecy")).Emails.First().Id;

        (await app.SendAsync("thones", s => s.Send(new GetPickedUpEmailQuery("../annecy/" + id)))).ShouldBeNull();
        (await app.SendAsync("annecy", s => s.Send(new GetPickedUpEmailQuery(id)))).ShouldNotBeNull();
    }
}
