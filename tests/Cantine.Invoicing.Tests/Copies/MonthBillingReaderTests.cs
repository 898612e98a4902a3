using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Attendance.Contracts.IntegrationEvents;
using Cantine.Invoicing.Contracts.ChangeBillingRules;
using Cantine.Invoicing.Contracts.RecordQuotient;
using Cantine.Invoicing.Contracts.SetPriceBrackets;
using Cantine.Invoicing.Domain.Tariffs;
using Cantine.Invoicing.Domain.Billing;
using Cantine.Invoicing.Domain.Copies;
using Cantine.Invoicing.Features.Shared;
using Cantine.Reservations.Contracts.IntegrationEvents;

namespace Cantine.Invoicing.Tests.Copies;

/// <summary>The copies Invoicing builds from other modules' integration events, read back a month at a time against PostgreSQL.</summary>
public sealed class MonthBillingReaderTests(BillingCopiesApp app) : IClassFixture<BillingCopiesApp>
{
    private static readonly DateTimeOffset Morning = new(2027, 10, 21, 8, 0, 0, TimeSpan.Zero);
    private readonly Guid _durand = Guid.NewGuid();
    private readonly Guid _roux = Guid.NewGuid();
    private readonly Guid _jade = Guid.NewGuid();
    private readonly Guid _leo = Guid.NewGuid();
    private readonly Guid _lunch = Guid.NewGuid();
    private readonly Guid _club = Guid.NewGuid();

    private static DateOnly Nov(int day) => new(2027, 11, day);

    private static BookingsConfirmedIntegrationEvent Bookings(string town, Guid family, DateTimeOffset at, BookingLine[] booked, BookingLine[]? cancelled = null) =>
        new(town, family, Nov(1), Nov(30), booked, cancelled ?? [], 0, null, at);

    private async Task SeedAsync(string town)
    {
        await app.PublishAsync(town, new ServiceChangedIntegrationEvent(town, _lunch, "Cantine du midi", [DayOfWeek.Monday], "Bookings", [new(new DateOnly(2027, 9, 1), 350)], 1));
        await app.PublishAsync(town, new ServiceChangedIntegrationEvent(town, _club, "Club du soir", [DayOfWeek.Monday], "Attendance", [new(new DateOnly(2027, 9, 1), 200)], 1));
        await app.PublishAsync(town, new ChildRegisteredIntegrationEvent(town, _jade, _durand, "Jade", "Durand", "École A", "CE1"));
        await app.PublishAsync(town, new ChildAttachedToFamilyIntegrationEvent(town, _jade, _roux));
        await app.PublishAsync(town, new ChildRegisteredIntegrationEvent(town, _leo, _durand, "Léo", "Durand", "École A", "CP"));
    }

    [Fact]
    public async Task A_month_is_read_in_one_round_trip_and_billed_from_the_copies()
    {
        const string town = "copies-mois";
        await SeedAsync(town);
        var first = Bookings(town, _durand, Morning, [new(_jade, _lunch, Nov(2), 350), new(_jade, _lunch, Nov(3), 350), new(_leo, _lunch, Nov(2), 350), new(_leo, _lunch, Nov(3), 350)]);
        await app.PublishAsync(town, first);
        await app.PublishAsync(town, Bookings(town, _roux, Morning.AddHours(1), [new(_jade, _lunch, Nov(8), 380)]));
        await app.PublishAsync(town, Bookings(town, _durand, Morning.AddHours(2), [], [new(_leo, _lunch, Nov(3), 350)]));
        await app.PublishAsync(town, first); // delivered again: changes nothing
        await app.PublishAsync(town, new AttendanceSheetValidatedIntegrationEvent(
            town, Guid.NewGuid(), Nov(2), _lunch, "École A", [new(_leo, [_durand], "AbsentJustified", true, "IllnessWithCertificate", false, 350)], null, Morning.AddDays(12)));

        MonthBillingResult read = null!;
        var trips = await SqlRoundTrips.OfAsync(async () => read = await app.ReadAsync(town, BillingCopiesApp.November));

        trips.Count.ShouldBe(1, string.Join("\n", trips));
        read.Bills.Select(b => (b.FamilyId, b.TotalCents)).OrderBy(b => b.TotalCents).ShouldBe([(_roux, 380), (_durand, 700)]);
        var jade = read.Bills.Single(b => b.FamilyId == _durand).Lines.ShouldHaveSingleItem();
        (jade.ChildName, jade.ServiceName, jade.Quantity, jade.UnitPriceCents).ShouldBe(("Jade Durand", "Cantine du midi", 2, 350));
    }

    [Fact]
    public async Task An_older_booking_message_handled_after_a_newer_cancellation_does_not_bring_the_day_back()
    {
        const string town = "copies-ordre";
        await SeedAsync(town);
        await app.PublishAsync(town, Bookings(town, _durand, Morning.AddHours(5), [], [new(_leo, _lunch, Nov(4), 350)]));
        await app.PublishAsync(town, Bookings(town, _durand, Morning, [new(_leo, _lunch, Nov(4), 350), new(_leo, _lunch, Nov(5), 350)]));

        var month = (await app.LoadAsync<BookingMonth>(town, BookingMonth.IdFor(_durand, Nov(1)))).ShouldNotBeNull();
        month.BookedDays.Select(d => d.Date).ShouldBe([Nov(5)]);
    }

    [Fact]
    public async Task A_corrected_mark_replaces_the_validated_one_for_an_attendance_service()
    {
        const string town = "copies-correction";
        await SeedAsync(town);
        var sheet = Guid.NewGuid();
        await app.PublishAsync(town, Bookings(town, _durand, Morning, [new(_leo, _club, Nov(2), 200), new(_leo, _club, Nov(9), 200)]));
        await app.PublishAsync(town, new AttendanceSheetValidatedIntegrationEvent(
            town, sheet, Nov(2), _club, "École A", [new(_leo, [_durand], "Present", true, null, false, 200)], null, Morning.AddDays(12)));
        await app.PublishAsync(town, new AttendanceCorrectedIntegrationEvent(
            town, sheet, Nov(2), _club, "École A", new(_leo, [_durand], "AbsentJustified", true, "IllnessWithCertificate", false, 200), null, Morning.AddDays(13)));

        var bill = (await app.ReadAsync(town, BillingCopiesApp.November)).Bills.ShouldHaveSingleItem();

        (bill.Lines.Single().ServiceName, bill.Lines.Single().Quantity).ShouldBe(("Club du soir", 1));
    }

    [Fact]
    public async Task The_rules_of_the_month_apply_and_the_families_asked_for_are_returned()
    {
        const string town = "copies-regles";
        await SeedAsync(town);
        await app.PublishAsync(town, Bookings(town, _durand, Morning, [new(_leo, _lunch, Nov(2), 350)]));
        await app.PublishAsync(town, Bookings(town, _roux, Morning, [new(_jade, _lunch, Nov(3), 350)]));
        await app.PublishAsync(town, new AttendanceSheetValidatedIntegrationEvent(
            town, Guid.NewGuid(), Nov(4), _lunch, "École A", [new(_leo, [_durand], "PresentUnbooked", false, null, false, null)], null, Morning.AddDays(14)));
        (await app.SendAsync(town, s => s.Send(new ChangeBillingRulesCommand(Nov(1), "Amount", 100, false, 1000, 5, 30, "Trésor public")))).ShouldSucceed();

        var read = await app.ReadAsync(town, BillingCopiesApp.November, new Dictionary<Guid, int> { [_durand] = 120 }, new HashSet<Guid> { _durand });

        var bill = read.Bills.ShouldHaveSingleItem();
        bill.Lines.Select(l => (l.Description, l.AmountCents)).ShouldBe([("Cantine du midi", 700), (BillingWords.Surcharge, 100), (BillingWords.Carried, 120)]);
        (bill.TotalCents, bill.BelowMinimum, read.Rules.MinimumInvoiceCents).ShouldBe((920, true, 1000));
    }

    [Fact]
    public async Task Brackets_and_quotients_recorded_by_staff_price_the_days_and_an_overlap_is_refused_in_french()
    {
        const string town = "copies-quotients";
        await SeedAsync(town);
        await app.PublishAsync(town, Bookings(town, _durand, Morning, [new(_leo, _lunch, Nov(2), 350), new(_leo, _lunch, Nov(16), 350)]));
        await app.PublishAsync(town, Bookings(town, _roux, Morning, [new(_jade, _lunch, Nov(3), 350)]));
        (await app.SendAsync(town, s => s.Send(new SetPriceBracketsCommand(_lunch, Nov(1), [new(500, 150), new(900, 250), new(null, 400)])))).ShouldSucceed();
        (await app.SendAsync(town, s => s.Send(new RecordQuotientCommand(_durand, Guid.NewGuid(), 501, new DateOnly(2027, 9, 1), Nov(15), "CAF")))).ShouldSucceed();
        var overlap = await app.SendAsync(town, s => s.Send(new RecordQuotientCommand(_durand, Guid.NewGuid(), 300, Nov(15), Nov(30), null)));

        var bills = (await app.ReadAsync(town, BillingCopiesApp.November)).Bills;

        overlap.Errors.ShouldHaveSingleItem().Message.ShouldBe("Un quotient est déjà enregistré pour cette famille du 01/09/2027 au 15/11/2027 : les périodes ne peuvent pas se chevaucher.");
        bills.Single(b => b.FamilyId == _durand).Lines.Select(l => (l.UnitPriceCents, l.Bracket)).ShouldBe([(250, "QF 501 à 900"), (400, TariffSchedule.NoQuotientLabel)]);
        var roux = bills.Single(b => b.FamilyId == _roux);
        (roux.TotalCents, roux.NoValidQuotient).ShouldBe((400, true));
    }
}
