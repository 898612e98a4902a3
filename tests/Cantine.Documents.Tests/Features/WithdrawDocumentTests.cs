using Cantine.Documents.Contracts.ListPublishedDocuments;
using Cantine.Documents.Contracts.WithdrawDocument;
using Cantine.Documents.Tests.Support;

namespace Cantine.Documents.Tests.Features;

/// <summary>A withdrawn document is no longer listed nor served to families, by any URL; staff still see and open it.</summary>
public sealed class WithdrawDocumentTests(DocumentsApp app) : IClassFixture<DocumentsApp>
{
    [Fact]
    public async Task A_withdrawn_document_is_no_longer_listed_nor_served_to_families()
    {
        var id = await app.PublishedAsync("Menus à retirer");
        (await app.ReadFileAsync(id)).ShouldNotBeNull();

        var result = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new WithdrawDocumentCommand(id)));

        result.IsSuccess.ShouldBeTrue();
        var listed = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new ListPublishedDocumentsQuery()));
        listed.ShouldNotContain(d => d.Id == id);
        (await app.ReadFileAsync(id)).ShouldBeNull();
    }

    [Fact]
    public async Task Staff_still_see_a_withdrawn_document_and_open_its_file()
    {
        var id = await app.PublishedAsync("Menus retirés (vue du personnel)");

        await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new WithdrawDocumentCommand(id)));

        var document = (await app.AllDocumentsAsync()).Single(d => d.Id == id);
        document.Withdrawn.ShouldBeTrue();
        document.IsLive.ShouldBeFalse();
        var file = await app.ReadFileAsync(id, forStaff: true);
        file.ShouldNotBeNull();
        file.Value.Content.ShouldBe(TestFiles.Menu);
    }

    [Fact]
    public async Task Withdrawing_twice_is_harmless()
    {
        var id = await app.PublishedAsync("Menus retirés deux fois");

        var first = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new WithdrawDocumentCommand(id)));
        var second = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new WithdrawDocumentCommand(id)));

        first.IsSuccess.ShouldBeTrue();
        second.IsSuccess.ShouldBeTrue();
        (await app.AllDocumentsAsync()).Single(d => d.Id == id).Withdrawn.ShouldBeTrue();
        (await app.ReadFileAsync(id)).ShouldBeNull();
    }

    [Fact]
    public async Task Withdrawing_an_unknown_document_is_refused()
    {
        var result = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new WithdrawDocumentCommand(Guid.NewGuid())));

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("Ce document n'existe pas.");
    }
}
