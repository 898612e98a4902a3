using Cantine.Documents.Contracts.ReplaceDocumentFile;
using Cantine.Documents.Tests.Support;

namespace Cantine.Documents.Tests.Features;

/// <summary>The upload limit is configurable (<c>Documents:MaxFileBytes</c>, here 1 MB): a larger PDF is refused, on publication and replacement.</summary>
public sealed class DocumentSizeLimitTests(DocumentSizeLimitTests.App app) : IClassFixture<DocumentSizeLimitTests.App>
{
    private const int Limit = 1024 * 1024;

    public sealed class App : DocumentsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Documents:MaxFileBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    [Fact]
    public async Task A_pdf_of_exactly_the_limit_is_published()
    {
        var id = await app.PublishedAsync("Menus (pile à la limite)", TestFiles.PdfOfSize(Limit));

        (await app.ReadFileAsync(id))!.Value.Content.Length.ShouldBe(Limit);
    }

    [Fact]
    public async Task A_pdf_over_the_limit_is_refused_and_nothing_is_stored()
    {
        var filesBefore = await app.StoredFilesAsync();

        var result = await app.PublishAsync("Menus (trop lourds)", TestFiles.PdfOfSize(Limit + 1));

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("File.TooLarge");
        result.Errors[0].Message.ShouldBe("Le fichier dépasse la taille maximale de 1 Mo.");
        (await app.StoredFilesAsync()).ShouldBe(filesBefore);
        (await app.AllDocumentsAsync()).ShouldNotContain(d => d.Title == "Menus (trop lourds)");
    }

    [Fact]
    public async Task A_replacement_over_the_limit_is_refused_and_the_old_file_stays()
    {
        var id = await app.PublishedAsync("Menus (remplacement trop lourd)");

        var result = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new ReplaceDocumentFileCommand(id, "lourd.pdf", TestFiles.PdfOfSize(Limit + 1))));

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("File.TooLarge");
        (await app.ReadFileAsync(id))!.Value.Content.ShouldBe(TestFiles.Menu);
    }
}
