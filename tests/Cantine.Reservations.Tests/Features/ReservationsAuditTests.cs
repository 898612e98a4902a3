using Cantine.Audit.Contracts.ListAuditEntries;
using Cantine.Reservations.Contracts.ChangeServicePrice;
using Cantine.Reservations.Contracts.CorrectBookings;
using Cantine.Reservations.Contracts.EnrolChild;
using Cantine.Reservations.Contracts.SubmitBookings;
using Cantine.Reservations.Contracts.UnenrolChild;
using Cantine.Reservations.Tests.Support;

namespace Cantine.Reservations.Tests.Features;

/// <summary>The staff's changes in Reservations appear in the back office's audit log in French (ADR 0017).</summary>
public sealed class ReservationsAuditTests(ReservationsApp app) : IClassFixture<ReservationsApp>
{
    [Fact]
    public async Task A_correction_after_the_deadline_and_a_price_change_are_described_with_their_author()
    {
        app.Clock.SetParisTime(new DateTime(2036, 1, 2, 8, 0, 0));
        var week = new DateOnly(2036, 1, 7);
        var (family, children) = await app.FamilyAsync("Journal", "Noé");
        app.Clock.SetParisTime(new DateTime(2036, 1, 8, 8, 0, 0));
        var admin = app.Town.Administrator.UserId;
        var version = (await app.SheetAsync(family, week, forStaff: true)).Version;

        var corrected = await app.SendAsAsync(ReservationsApp.Lyon, admin, s => s.Send(new CorrectBookingsCommand(
            family, week, [new BookingCellInput(children[0], app.Lunch, week)], version, admin)));
        var priced = await app.SendAsAsync(ReservationsApp.Lyon, admin, s => s.Send(new ChangeServicePriceCommand(app.Lunch, 345, new DateOnly(2036, 9, 1))));
        var log = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ListAuditEntriesQuery(null, null, admin, null)));

        corrected.ShouldSucceed();
        priced.ShouldSucceed();
        var descriptions = log.Entries.Select(e => e.Description).ToList();
        descriptions.ShouldContain("Réservations corrigées par le service (période du 07/01/2036) : 1 jour(s) réservé(s), 0 annulé(s) — Noé Journal");
        descriptions.ShouldContain(d => d.StartsWith("Prix de la prestation « 1er service » : 3,45", StringComparison.Ordinal) && d.EndsWith("à partir du 01/09/2036", StringComparison.Ordinal));
        log.Entries.Where(e => e.Description.StartsWith("Réservations corrigées", StringComparison.Ordinal)).ShouldAllBe(e => e.AuthorId == admin);
    }

    [Fact]
    public async Task The_family_filter_keeps_its_corrections_and_enrolments_and_no_other_familys()
    {
        app.Clock.SetParisTime(new DateTime(2036, 1, 2, 8, 0, 0));
        var week = new DateOnly(2036, 1, 7);
        var (family, children) = await app.FamilyAsync("Filtre", "Inès");
        var (_, others) = await app.FamilyAsync("Voisin", "Tom");
        app.Clock.SetParisTime(new DateTime(2036, 1, 8, 8, 0, 0));
        var admin = app.Town.Administrator.UserId;
        var version = (await app.SheetAsync(family, week, forStaff: true)).Version;
        (await app.SendAsAsync(ReservationsApp.Lyon, admin, s => s.Send(new CorrectBookingsCommand(
            family, week, [new BookingCellInput(children[0], app.Lunch, week)], version, admin)))).ShouldSucceed();
        (await app.SendAsAsync(ReservationsApp.Lyon, admin, s => s.Send(new EnrolChildCommand(children[0], app.EveningCare)))).ShouldSucceed();
        (await app.SendAsAsync(ReservationsApp.Lyon, admin, s => s.Send(new EnrolChildCommand(others[0], app.EveningCare)))).ShouldSucceed();

        var log = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ListAuditEntriesQuery(null, null, null, family)));

        var descriptions = log.Entries.Select(e => e.Description).ToList();
        descriptions.ShouldContain("Réservations corrigées par le service (période du 07/01/2036) : 1 jour(s) réservé(s), 0 annulé(s) — Inès Filtre");
        descriptions.ShouldContain("Inscription de Inès Filtre à « Garderie soir »");
        descriptions.ShouldNotContain(d => d.Contains("Tom Voisin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Enrolments_and_unenrolments_are_described_with_their_author()
    {
        var (_, children) = await app.FamilyAsync("Durand", "Léo");
        var admin = app.Town.Administrator.UserId;

        var enrolled = await app.SendAsAsync(ReservationsApp.Lyon, admin, s => s.Send(new EnrolChildCommand(children[0], app.EveningCare)));
        var unenrolled = await app.SendAsAsync(ReservationsApp.Lyon, admin, s => s.Send(new UnenrolChildCommand(children[0], app.Lunch)));
        var log = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ListAuditEntriesQuery(null, null, admin, null)));

        enrolled.ShouldSucceed();
        unenrolled.ShouldSucceed();
        var entries = log.Entries.Where(e => e.Description.Contains("Léo Durand", StringComparison.Ordinal)).ToList();
        entries.Select(e => e.Description).ShouldBe(
            ["Désinscription de Léo Durand de « 1er service »", "Inscription de Léo Durand à « Garderie soir »"]);
        entries.ShouldAllBe(e => e.AuthorId == admin);
    }
}
