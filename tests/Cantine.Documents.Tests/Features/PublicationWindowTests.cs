using Cantine.Documents.Contracts.ListPublishedDocuments;
using Cantine.Documents.Tests.Support;

namespace Cantine.Documents.Tests.Features;

/// <summary>
/// A document with a publication window is listed and served only from its first day to its last day, both
/// included, as calendar dates in Paris (SPEC §6). The host's clock is moved around the bounds.
/// </summary>
public sealed class PublicationWindowTests(DocumentsApp app) : IClassFixture<DocumentsApp>
{
    private static readonly DateOnly From = new(2032, 3, 10);
    private static readonly DateOnly Until = new(2032, 3, 20);

    [Fact]
    public async Task Before_its_first_day_it_is_neither_listed_nor_served_to_families()
    {
        var id = await PublishWindowAsync("Menus de mars (avant)");
        app.Clock.SetParisTime(new DateTime(2032, 3, 9, 23, 59, 0));

        await ShouldBeHiddenAsync(id);
    }

    [Fact]
    public async Task On_its_first_day_in_Paris_it_is_listed_and_served()
    {
        var id = await PublishWindowAsync("Menus de mars (premier jour)");
        // 00:30 in Paris on the 10th is 23:30 UTC on the 9th: the Paris date decides.
        app.Clock.Set(new DateTimeOffset(2032, 3, 9, 23, 30, 0, TimeSpan.Zero));

        await ShouldBeLiveAsync(id);
    }

    [Fact]
    public async Task On_its_last_day_it_is_still_listed_and_served()
    {
        var id = await PublishWindowAsync("Menus de mars (dernier jour)");
        app.Clock.SetParisTime(new DateTime(2032, 3, 20, 23, 58, 0));

        await ShouldBeLiveAsync(id);
    }

    [Fact]
    public async Task The_day_after_its_last_day_it_is_neither_listed_nor_served_to_families()
    {
        var id = await PublishWindowAsync("Menus de mars (après)");
        // 23:30 UTC on the 20th is already the 21st in Paris.
        app.Clock.Set(new DateTimeOffset(2032, 3, 20, 23, 30, 0, TimeSpan.Zero));

        await ShouldBeHiddenAsync(id);
    }

    [Fact]
    public async Task A_document_without_a_window_is_live_at_once_and_stays_live()
    {
        app.Clock.SetParisTime(new DateTime(2032, 1, 5, 10, 0, 0));
        var id = await app.PublishedAsync("Règlement permanent", TestFiles.Rules);

        await ShouldBeLiveAsync(id);
        app.Clock.SetParisTime(new DateTime(2040, 12, 31, 23, 0, 0));
        await ShouldBeLiveAsync(id);
    }

    [Fact]
    public async Task A_window_with_only_an_end_is_live_until_that_day()
    {
        app.Clock.SetParisTime(new DateTime(2032, 5, 1, 10, 0, 0));
        var id = await app.PublishedAsync("Inscriptions ouvertes", until: new DateOnly(2032, 5, 31));

        await ShouldBeLiveAsync(id);
        app.Clock.SetParisTime(new DateTime(2032, 6, 1, 0, 1, 0));
        await ShouldBeHiddenAsync(id);
    }

    [Fact]
    public async Task Families_see_the_first_day_of_the_window_as_the_documents_date()
    {
        var id = await PublishWindowAsync("Menus de mars (date)");
        app.Clock.SetParisTime(new DateTime(2032, 3, 15, 12, 0, 0));

        var listed = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new ListPublishedDocumentsQuery()));

        listed.Single(d => d.Id == id).Date.ShouldBe(From);
    }

    [Theory]
    [MemberData(nameof(CalendarSweep.ParisInstants), MemberType = typeof(CalendarSweep))]
    public async Task A_one_day_window_is_live_on_its_paris_day_only_at_each_instant_of_the_sweep(string instant)
    {
        app.Clock.SetParisTime(CalendarSweep.Parse(instant));
        var today = app.Clock.ParisToday();
        var id = await app.PublishedAsync("Menu du jour " + instant, from: today, until: today);

        await ShouldBeLiveAsync(id);
        app.Clock.SetParisTime(today.ToDateTime(new TimeOnly(0, 0, 0)));
        await ShouldBeLiveAsync(id);
        app.Clock.SetParisTime(today.ToDateTime(new TimeOnly(23, 59, 59)));
        await ShouldBeLiveAsync(id);
        app.Clock.SetParisTime(today.AddDays(-1).ToDateTime(new TimeOnly(23, 59, 59)));
        await ShouldBeHiddenAsync(id);
        app.Clock.SetParisTime(today.AddDays(1).ToDateTime(new TimeOnly(0, 0, 0)));
        await ShouldBeHiddenAsync(id);
    }

    private async Task<Guid> PublishWindowAsync(string title)
    {
        // Published ahead of time, as staff prepare next month's menus.
        app.Clock.SetParisTime(new DateTime(2032, 2, 25, 14, 0, 0));
        return await app.PublishedAsync(title, from: From, until: Until);
    }

    private async Task ShouldBeLiveAsync(Guid id)
    {
        var listed = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new ListPublishedDocumentsQuery()));
        listed.ShouldContain(d => d.Id == id);
        (await app.ReadFileAsync(id)).ShouldNotBeNull();
        (await app.AllDocumentsAsync()).Single(d => d.Id == id).IsLive.ShouldBeTrue();
    }

    private async Task ShouldBeHiddenAsync(Guid id)
    {
        var listed = await app.SendAsync(DocumentsApp.Lyon, s => s.Send(new ListPublishedDocumentsQuery()));
        listed.ShouldNotContain(d => d.Id == id);
        (await app.ReadFileAsync(id)).ShouldBeNull();
        var staffView = (await app.AllDocumentsAsync()).Single(d => d.Id == id);
        staffView.IsLive.ShouldBeFalse();
        staffView.Withdrawn.ShouldBeFalse();
        (await app.ReadFileAsync(id, forStaff: true)).ShouldNotBeNull("staff still open a document outside its window");
    }
}
