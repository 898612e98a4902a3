using Cantine.Documents.Contracts.ListPublishedDocuments;
using Cantine.Documents.Contracts.ReplaceDocumentFile;
using Cantine.Documents.Contracts.WithdrawDocument;
using Cantine.Documents.Tests.Support;

namespace Cantine.Documents.Tests.Features;

/// <summary>A structure's documents do not exist for another structure, even asked for by their id (SPEC §1, §9).</summary>
public sealed class DocumentTenancyTests(DocumentsApp app) : IClassFixture<DocumentsApp>
{
    [Fact]
    public async Task Another_structure_cannot_open_a_document_by_its_id_not_even_its_staff()
    {
        var id = await app.PublishedAsync("Menus de Lyon");

        (await app.ReadFileAsync(id, forStaff: false, tenant: DocumentsApp.Vienne)).ShouldBeNull();
        (await app.ReadFileAsync(id, forStaff: true, tenant: DocumentsApp.Vienne)).ShouldBeNull();
        (await app.ReadFileAsync(id)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Another_structure_does_not_list_it()
    {
        var id = await app.PublishedAsync("Règlement de Lyon", TestFiles.Rules);

        var families = await app.SendAsync(DocumentsApp.Vienne, s => s.Send(new ListPublishedDocumentsQuery()));
        var staff = await app.AllDocumentsAsync(DocumentsApp.Vienne);

        families.ShouldNotContain(d => d.Id == id);
        staff.ShouldNotContain(d => d.Id == id);
        (await app.AllDocumentsAsync()).ShouldContain(d => d.Id == id);
    }

    [Fact]
    public async Task Another_structure_can_neither_replace_nor_withdraw_it()
    {
        var id = await app.PublishedAsync("Menus de Lyon (intouchables)");

        var replaced = await app.SendAsync(DocumentsApp.Vienne, s => s.Send(new ReplaceDocumentFileCommand(id, "autre.pdf", TestFiles.Rules)));
        var withdrawn = await app.SendAsync(DocumentsApp.Vienne, s => s.Send(new WithdrawDocumentCommand(id)));

        replaced.Errors.ShouldHaveSingleItem().Code.ShouldBe("DocumentNotFound");
        withdrawn.Errors.ShouldHaveSingleItem().Code.ShouldBe("DocumentNotFound");
        var file = await app.ReadFileAsync(id);
        file.ShouldNotBeNull();
        file.Value.Content.ShouldBe(TestFiles.Menu);
        (await app.StoredFilesAsync(DocumentsApp.Vienne)).ShouldBe(0);
    }

    [Fact]
    public async Task Each_structure_lists_only_its_own_documents()
    {
        var lyon = await app.PublishedAsync("Menus (Lyon)");
        var vienne = await app.PublishedAsync("Menus (Vienne)", tenant: DocumentsApp.Vienne);

        var atVienne = await app.SendAsync(DocumentsApp.Vienne, s => s.Send(new ListPublishedDocumentsQuery()));

        atVienne.Select(d => d.Id).ShouldContain(vienne);
        atVienne.Select(d => d.Id).ShouldNotContain(lyon);
        (await app.ReadFileAsync(vienne, tenant: DocumentsApp.Vienne)).ShouldNotBeNull();
        (await app.ReadFileAsync(vienne)).ShouldBeNull();
    }
}
