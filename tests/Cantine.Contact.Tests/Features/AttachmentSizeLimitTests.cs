using Cantine.Contact.Tests.Support;

namespace Cantine.Contact.Tests.Features;

/// <summary>The attachment limit is configurable (<c>Messaging:MaxAttachmentBytes</c>, here 1 MB): a larger PDF is refused and nothing is stored.</summary>
public sealed class AttachmentSizeLimitTests(AttachmentSizeLimitTests.App app) : IClassFixture<AttachmentSizeLimitTests.App>
{
    private const int Limit = 1024 * 1024;

    public sealed class App : ContactApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Messaging:MaxAttachmentBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    [Fact]
    public async Task A_pdf_of_exactly_the_limit_is_accepted()
    {
        var id = await app.WrittenAsync("Pièce jointe pile à la limite", attachment: TestFiles.PdfOfSize(Limit));

        (await app.ReadAttachmentAsync(id, familyId: null))!.Value.Content.Length.ShouldBe(Limit);
    }

    [Fact]
    public async Task A_pdf_over_the_limit_is_refused_and_nothing_is_stored()
    {
        var filesBefore = await app.StoredFilesAsync();

        var result = await app.WriteAsync("Pièce jointe trop lourde", "Voici le scan.", TestFiles.PdfOfSize(Limit + 1));

        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("Attachment.TooLarge");
        error.Message.ShouldBe("La pièce jointe dépasse la taille maximale de 1 Mo.");
        (await app.StoredFilesAsync()).ShouldBe(filesBefore);
        (await app.InboxAsync("Unread")).ShouldNotContain(t => t.Subject == "Pièce jointe trop lourde");
    }
}
