using Cantine.Documents.Contracts.ListPublishedDocuments;
using Cantine.Documents.Tests.Support;

namespace Cantine.Documents.Tests.Features;

/// <summary>Staff publish a PDF (manual §7); families list it and open it. What is not a PDF is refused and nothing is stored.</summary>
public sealed class PublishDocumentTests(DocumentsApp app) : IClassFixture<DocumentsApp>
{
    public static TheoryData<string, byte[]> NotPdfs => new()
    {
        { "a PNG image renamed .pdf", TestFiles.Png },
        { "an HTML page", TestFiles.Html },
        { "a text line then a whole PDF", TestFiles.GarbageThenPdf },
        { "a truncated PDF", TestFiles.TruncatedPdf },
    };

    [Fact]
    public async Task A_published_document_is_listed_for_families_and_opens_with_its_bytes()
    {
        app.Clock.SetParisTime(new DateTime(2031, 9, 1, 8, 0, 0));
        var id = await app.PublishedAsync("  Menus de septembre  ");

        var listed = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new ListPublishedDocumentsQuery()));
        var file = await app.ReadFileAsync(id);

        listed.ShouldContain(new PublishedDocumentDto(id, "Menus de septembre", "Menus", new DateOnly(2031, 9, 1), TestFiles.Menu.Length));
        file.ShouldNotBeNull();
        file.Value.FileName.ShouldBe("document.pdf");
        file.Value.Content.ShouldBe(TestFiles.Menu);
    }

    [Fact]
    public async Task The_listed_date_is_the_day_of_publication_in_Paris()
    {
        // 00:30 in Paris on 1 September is still 31 August in UTC.
        app.Clock.SetParisTime(new DateTime(2031, 9, 1, 0, 30, 0));
        var id = await app.PublishedAsync("Menus publiés à minuit et demie");

        var listed = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new ListPublishedDocumentsQuery()));

        listed.Single(d => d.Id == id).Date.ShouldBe(new DateOnly(2031, 9, 1));
    }

    [Fact]
    public async Task The_staff_list_shows_the_document_live_with_its_window()
    {
        app.Clock.SetParisTime(new DateTime(2031, 10, 5, 9, 0, 0));
        var id = await app.PublishedAsync("Programme des activités", TestFiles.Rules, from: new DateOnly(2031, 10, 1), until: new DateOnly(2031, 10, 31));

        var document = (await app.AllDocumentsAsync()).Single(d => d.Id == id);

        document.Title.ShouldBe("Programme des activités");
        document.SizeBytes.ShouldBe(TestFiles.Rules.Length);
        document.VisibleFrom.ShouldBe(new DateOnly(2031, 10, 1));
        document.VisibleUntil.ShouldBe(new DateOnly(2031, 10, 31));
        document.Withdrawn.ShouldBeFalse();
        document.IsLive.ShouldBeTrue();
    }

    [Fact]
    public async Task The_download_name_keeps_no_path_and_ends_in_pdf()
    {
        var result = await app.PublishAsync("Règlement", TestFiles.Rules, fileName: "..\\..\\C:\\secret\\reglement \"2031\"");

        var file = await app.ReadFileAsync(result.Value);

        file.ShouldNotBeNull();
        file.Value.FileName.ShouldBe("reglement 2031.pdf");
    }

    [Theory]
    [MemberData(nameof(NotPdfs))]
    public async Task Refuses_a_file_that_is_not_a_pdf_and_stores_nothing(string what, byte[] content)
    {
        var title = "Pas un PDF : " + what;
        var filesBefore = await app.StoredFilesAsync();

        var result = await app.PublishAsync(title, content, fileName: "menu.pdf");

        result.IsSuccess.ShouldBeFalse(what);
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("File.NotPdf");
        result.Errors[0].Message.ShouldBe("Ce fichier n'est pas un PDF valide. Seuls les fichiers PDF sont acceptés.");
        result.Errors[0].Field.ShouldBe("Content");
        (await app.StoredFilesAsync()).ShouldBe(filesBefore);
        (await app.AllDocumentsAsync()).ShouldNotContain(d => d.Title == title);
    }

    [Fact]
    public async Task Refuses_an_empty_file_and_stores_nothing()
    {
        var filesBefore = await app.StoredFilesAsync();

        var result = await app.PublishAsync("Fichier vide", [], fileName: "vide.pdf");

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("File.Empty");
        result.Errors[0].Message.ShouldBe("Choisissez un fichier PDF.");
        (await app.StoredFilesAsync()).ShouldBe(filesBefore);
        (await app.AllDocumentsAsync()).ShouldNotContain(d => d.Title == "Fichier vide");
    }

    [Fact]
    public async Task Refuses_a_category_outside_the_list_and_a_window_that_ends_before_it_starts()
    {
        var filesBefore = await app.StoredFilesAsync();

        var category = await app.PublishAsync("Catégorie inconnue", TestFiles.Menu, category: "Divers");
        var window = await app.PublishAsync("Fenêtre à l'envers", TestFiles.Menu, from: new DateOnly(2031, 6, 30), until: new DateOnly(2031, 6, 1));

        category.Errors.ShouldHaveSingleItem().Message.ShouldBe("Choisissez une catégorie de la liste.");
        window.Errors.ShouldHaveSingleItem().Message.ShouldBe("La date de fin doit être postérieure ou égale à la date de début.");
        (await app.StoredFilesAsync()).ShouldBe(filesBefore);
    }

    [Fact]
    public async Task Refuses_a_document_without_a_title()
    {
        var result = await app.PublishAsync("   ", TestFiles.Menu);

        result.Errors.ShouldHaveSingleItem().Field.ShouldBe("Title");
        result.Errors[0].Message.ShouldBe("Ce champ est obligatoire.");
    }
}
