using Cantine.Documents.Contracts.ListPublishedDocuments;
using Cantine.Documents.Contracts.ReplaceDocumentFile;
using Cantine.Documents.Contracts.WithdrawDocument;
using Cantine.Documents.Tests.Support;

namespace Cantine.Documents.Tests.Features;

/// <summary>Staff replace a document's PDF (a corrected menu): families then get the new file, checked like the first.</summary>
public sealed class ReplaceDocumentFileTests(DocumentsApp app) : IClassFixture<DocumentsApp>
{
    [Fact]
    public async Task After_a_replacement_families_and_staff_get_the_new_bytes()
    {
        var id = await app.PublishedAsync("Menus (à corriger)");

        var result = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new ReplaceDocumentFileCommand(id, "menus-corriges.pdf", TestFiles.Rules)));

        result.IsSuccess.ShouldBeTrue();
        var family = await app.ReadFileAsync(id);
        family.ShouldNotBeNull();
        family.Value.Content.ShouldBe(TestFiles.Rules);
        family.Value.FileName.ShouldBe("menus-corriges.pdf");
        (await app.ReadFileAsync(id, forStaff: true))!.Value.Content.ShouldBe(TestFiles.Rules);
        var listed = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new ListPublishedDocumentsQuery()));
        listed.Single(d => d.Id == id).SizeBytes.ShouldBe(TestFiles.Rules.Length);
        var staffView = (await app.AllDocumentsAsync()).Single(d => d.Id == id);
        staffView.FileName.ShouldBe("menus-corriges.pdf");
        staffView.Title.ShouldBe("Menus (à corriger)");
    }

    [Fact]
    public async Task A_replacement_that_is_not_a_pdf_is_refused_and_the_old_file_stays()
    {
        var id = await app.PublishedAsync("Menus (remplacement refusé)");
        var filesBefore = await app.StoredFilesAsync();

        var png = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new ReplaceDocumentFileCommand(id, "photo.pdf", TestFiles.Png)));
        var truncated = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new ReplaceDocumentFileCommand(id, "coupe.pdf", TestFiles.TruncatedPdf)));
        var empty = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new ReplaceDocumentFileCommand(id, "vide.pdf", [])));

        png.Errors.ShouldHaveSingleItem().Code.ShouldBe("File.NotPdf");
        truncated.Errors.ShouldHaveSingleItem().Code.ShouldBe("File.NotPdf");
        empty.Errors.ShouldHaveSingleItem().Code.ShouldBe("File.Empty");
        (await app.StoredFilesAsync()).ShouldBe(filesBefore);
        var file = await app.ReadFileAsync(id);
        file!.Value.Content.ShouldBe(TestFiles.Menu);
        file.Value.FileName.ShouldBe("document.pdf");
    }

    [Fact]
    public async Task Replacing_the_file_of_an_unknown_document_is_refused()
    {
        var filesBefore = await app.StoredFilesAsync();

        var result = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new ReplaceDocumentFileCommand(Guid.NewGuid(), "menus.pdf", TestFiles.Menu)));

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("Ce document n'existe pas.");
        (await app.StoredFilesAsync()).ShouldBe(filesBefore);
    }

    [Fact]
    public async Task The_file_of_a_withdrawn_document_is_not_replaced_and_nothing_is_stored()
    {
        var id = await app.PublishedAsync("Menus (retiré)");
        (await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new WithdrawDocumentCommand(id)))).IsSuccess.ShouldBeTrue();
        var filesBefore = await app.StoredFilesAsync();

        var result = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new ReplaceDocumentFileCommand(id, "menus.pdf", TestFiles.Rules)));

        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("ReplaceWithdrawn");
        error.Field.ShouldBe("Content");
        (await app.StoredFilesAsync()).ShouldBe(filesBefore);
    }
}
