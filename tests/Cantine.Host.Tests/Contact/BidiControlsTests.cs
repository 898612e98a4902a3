using System.Net;
using Cantine.Host.Tests.Support;
using Cantine.Messaging.Contracts.GetInboxThread;
using Cantine.Messaging.Contracts.ListFamilyThreads;
using Cantine.Messaging.Contracts.ReplyToThread;

namespace Cantine.Host.Tests.Contact;

/// <summary>
/// Bidi controls reorder what someone else reads: "facture\u202Efdp.exe" shows as "factureexe.pdf" (issue #18, defect 6,
/// CVE-2021-42574). A subject, a message or a reply that carries one is refused in French with what was typed kept; an
/// attachment's name, which the parent did not type, loses them.
/// </summary>
public sealed class BidiControlsTests(BidiControlsTests.App app) : IClassFixture<BidiControlsTests.App>
{
    private const string Refused = "Ce champ contient des caractères non autorisés.";

    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        /// <summary>A host of its own: the class sends more messages than the contact form's hourly limit.</summary>
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimits:ContactMessagesPerHour"] = "1000",
        };

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Town = await TestTown.CreateAsync(this, "lyon");
        }

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    public static TheoryData<string> BidiControls => new()
    {
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C",
    };

    [Theory]
    [MemberData(nameof(BidiControls))]
    public async Task A_subject_with_a_bidi_control_is_refused_and_the_message_kept(string control)
    {
        var parent = await app.Clients.GuardianAsync("lyon", app.Town.Family.Guardian);

        var response = await parent.SubmitMultipartAsync("/lyon/contact", new Dictionary<string, string>
        {
            ["Message.Objet"] = $"Facture{control} de mars",
            ["Message.Texte"] = "Bonjour, une question sur la facture.",
        }, []);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.Errors().ShouldBe([Refused]);
        page.QuerySelector("textarea")!.TextContent.ShouldContain("une question sur la facture");
    }

    [Theory]
    [MemberData(nameof(BidiControls))]
    public async Task A_message_with_a_bidi_control_is_refused(string control)
    {
        var parent = await app.Clients.GuardianAsync("lyon", app.Town.Family.Guardian);

        var response = await parent.SubmitMultipartAsync("/lyon/contact", new Dictionary<string, string>
        {
            ["Message.Objet"] = "Facture de mars",
            ["Message.Texte"] = $"Bonjour,\nle montant {control}est 12,80 €.",
        }, []);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadPageAsync()).Errors().ShouldBe([Refused]);
    }

    [Fact]
    public async Task An_attachment_name_loses_its_bidi_controls()
    {
        var parent = await app.Clients.GuardianAsync("lyon", app.Town.Family.Guardian);

        var response = await parent.SubmitMultipartAsync("/lyon/contact", new Dictionary<string, string>
        {
            ["Message.Objet"] = "Certificat en pièce jointe",
            ["Message.Texte"] = "Voici le certificat.",
        }, [new UploadedFile("Message.PieceJointe", "certificat\u202Efdp.exe\u2066\u200F.pdf", TestFiles.Menu)]);

        PortalClient.Location(response).ShouldBe("/lyon/contact");
        var threads = await app.SendAsync("lyon", s => s.Send(new ListFamilyThreadsQuery(app.Town.Family.FamilyId)));
        var id = threads.Single(t => t.Subject == "Certificat en pièce jointe").Id;
        var thread = await app.SendAsync("lyon", s => s.Send(new GetInboxThreadQuery(id)));
        thread!.AttachmentName.ShouldBe("certificatfdp.exe.pdf");
    }

    [Fact]
    public async Task A_staff_reply_with_a_bidi_control_is_refused()
    {
        var parent = await app.Clients.GuardianAsync("lyon", app.Town.Family.Guardian);
        await parent.SubmitMultipartAsync("/lyon/contact", new Dictionary<string, string>
        {
            ["Message.Objet"] = "Question de cantine",
            ["Message.Texte"] = "Bonjour.",
        }, []);
        var threads = await app.SendAsync("lyon", s => s.Send(new ListFamilyThreadsQuery(app.Town.Family.FamilyId)));
        var id = threads.Single(t => t.Subject == "Question de cantine").Id;

        var result = await app.SendAsync("lyon", s => s.Send(new ReplyToThreadCommand(
            id, app.Town.Administrator.UserId, "Anne Admin", "Bonjour, c'est \u202Eréglé.")));

        result.IsSuccess.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe(Refused);
    }
}
