using Cantine.Documents.Domain;
using Cantine.Testing.Decisions;
using Shouldly;

namespace Cantine.Documents.Tests.Domain;

/// <summary>Given a document's events, when a staff member acts on it, then these events or this refusal (no database).</summary>
public sealed class DocumentDecisionsTests
{
    private static readonly Guid DocumentId = Guid.NewGuid();
    private static readonly DateTimeOffset PublishedAt = new(2030, 9, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = PublishedAt.AddDays(10);

    private static readonly DocumentPublished Published = new(
        DocumentId, "Menus de septembre", "Menus", Guid.NewGuid(), "menus.pdf", 1200, PublishedAt, null, null);

    private static readonly ReplaceDocumentFile NewFile = new(Guid.NewGuid(), "menus-v2.pdf", 1500);

    [Fact]
    public void Publishing_records_the_trimmed_title_and_the_time()
    {
        var decision = DocumentDecisions.Decide(
            new PublishDocument(DocumentId, "  Menus de septembre ", "Menus", Published.FileId, "menus.pdf", 1200, null, null), PublishedAt);

        decision.ShouldAppend(Published);
    }

    [Fact]
    public void Replaces_the_file_of_a_published_document()
    {
        DocumentDecisions.Decide(NewFile, History.Of<LibraryDocument>(Published), Now)
            .ShouldAppend(new DocumentFileReplaced(DocumentId, NewFile.FileId, "menus-v2.pdf", 1500, Now));
    }

    [Fact]
    public void Refuses_to_replace_the_file_of_a_withdrawn_document()
    {
        var withdrawn = History.Of<LibraryDocument>(Published, new DocumentWithdrawn(DocumentId, Now.AddDays(-1)));

        DocumentDecisions.Decide(NewFile, withdrawn, Now).ShouldRefuse("ReplaceWithdrawn", "Content");
    }

    [Fact]
    public void Refuses_to_replace_the_file_of_a_document_that_does_not_exist()
    {
        DocumentDecisions.Decide(NewFile, History.Of<LibraryDocument>(), Now).ShouldRefuse("DocumentNotFound");
    }

    [Fact]
    public void Withdraws_a_published_document()
    {
        DocumentDecisions.Decide(new WithdrawDocument(), History.Of<LibraryDocument>(Published), Now)
            .ShouldAppend(new DocumentWithdrawn(DocumentId, Now));
    }

    [Fact]
    public void Withdrawing_a_withdrawn_document_again_changes_nothing()
    {
        var withdrawn = History.Of<LibraryDocument>(Published, new DocumentWithdrawn(DocumentId, Now.AddDays(-1)));

        DocumentDecisions.Decide(new WithdrawDocument(), withdrawn, Now).ShouldChangeNothing();
    }

    [Fact]
    public void The_history_of_no_events_is_no_document()
    {
        History.Of<LibraryDocument>().ShouldBeNull();
    }
}
