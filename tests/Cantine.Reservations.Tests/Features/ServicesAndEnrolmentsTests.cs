using Cantine.Reservations.Contracts.ChangeService;
using Cantine.Reservations.Contracts.ChangeServicePrice;
using Cantine.Reservations.Contracts.CreateService;
using Cantine.Reservations.Contracts.EnrolChild;
using Cantine.Reservations.Contracts.EnrolGroup;
using Cantine.Reservations.Contracts.GetChildEnrolments;
using Cantine.Reservations.Contracts.GetService;
using Cantine.Reservations.Contracts.ListSchoolClasses;
using Cantine.Reservations.Contracts.ListServices;
using Cantine.Reservations.Contracts.UnenrolChild;
using Cantine.Reservations.Tests.Support;

namespace Cantine.Reservations.Tests.Features;

/// <summary>Services (prestations) with dated prices in cents, and which children are enrolled in them.</summary>
public sealed class ServicesAndEnrolmentsTests(ReservationsApp app) : IClassFixture<ReservationsApp>
{
    private static readonly DayOfWeek[] Wednesday = [DayOfWeek.Wednesday];

    [Fact]
    public async Task Creates_a_service_changes_it_and_plans_a_new_price()
    {
        var id = (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new CreateServiceCommand("Accueil du mercredi", 850, new DateOnly(2031, 1, 1), Wednesday, true, "Bookings"))))
            .ShouldSucceed();
        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ChangeServiceCommand(id, "Accueil du mercredi (journée)", [DayOfWeek.Wednesday], false, "Attendance"))))
            .ShouldSucceed();
        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ChangeServicePriceCommand(id, 900, new DateOnly(2032, 1, 1))))).ShouldSucceed();

        var service = (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new GetServiceQuery(id)))).ShouldNotBeNull();
        service.ShouldBe(service with
        {
            Name = "Accueil du mercredi (journée)",
            BookableByParents = false,
            BillingBasis = "Attendance",
            UnitPriceCents = 850,
        });
        service.Prices.ShouldBe([new PriceDto(new DateOnly(2031, 1, 1), 850), new PriceDto(new DateOnly(2032, 1, 1), 900)]);
        var names = (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ListServicesQuery()))).Select(s => s.Name).ToList();
        names.ShouldContain("Accueil du mercredi (journée)");
        names.ShouldBe([.. names.Order(StringComparer.CurrentCulture)]);
    }

    [Fact]
    public async Task Refuses_a_second_service_with_the_same_name_a_negative_price_and_no_day()
    {
        var duplicate = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new CreateServiceCommand("1er service", 320, new DateOnly(2031, 1, 1), Wednesday, true, "Bookings")));
        var invalid = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new CreateServiceCommand("Étude", -1, new DateOnly(2031, 1, 1), [], true, "Gratuit")));

        duplicate.ShouldBeRefused("Service.NameTaken", "Name");
        invalid.Errors.Select(e => e.Field).ShouldBe(["UnitPriceCents", "Days", "BillingBasis"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_child_enrolled_in_a_service_gets_a_row_for_it_and_loses_it_when_unenrolled()
    {
        var (family, children) = await app.FamilyAsync("Inscription", "Clara");
        var clara = children[0];

        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new EnrolChildCommand(clara, app.EveningCare)))).ShouldSucceed();
        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new EnrolChildCommand(clara, app.EveningCare)))).ShouldSucceed();
        var enrolled = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new GetChildEnrolmentsQuery(clara)));
        var rows = (await app.SheetAsync(family)).Children.Single().Rows;
        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new UnenrolChildCommand(clara, app.EveningCare)))).ShouldSucceed();

        enrolled.ShouldNotBeNull().ServiceIds.ShouldBe([app.Lunch, app.EveningCare]);
        rows.Select(r => r.ServiceName).ShouldBe(["1er service", "Garderie soir"]);
        rows[1].Cells.ShouldAllBe(c => !c.Bookable);
        (await app.SheetAsync(family)).Children.Single().Rows.Select(r => r.ServiceName).ShouldBe(["1er service"]);
    }

    [Fact]
    public async Task Enrols_a_whole_class_or_school_once()
    {
        var (family, _) = await app.FamilyAsync("Groupe");
        var a = await app.ChildAsync(family, "Aya", "Groupe", "École Pasteur", "CE2");
        var b = await app.ChildAsync(family, "Ben", "Groupe", "École Pasteur", "CM1");
        var service = (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new CreateServiceCommand("Étude", 200, new DateOnly(2031, 1, 1), [DayOfWeek.Tuesday], true, "Bookings"))))
            .ShouldSucceed();

        var classOnly = (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new EnrolGroupCommand(service, "École Pasteur", "CE2")))).ShouldSucceed();
        var school = (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new EnrolGroupCommand(service, "École Pasteur", null)))).ShouldSucceed();
        var again = (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new EnrolGroupCommand(service, "École Pasteur", null)))).ShouldSucceed();

        (classOnly, school, again).ShouldBe((1, 1, 0));
        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new GetChildEnrolmentsQuery(b))))!.ServiceIds.ShouldContain(service);
        var classes = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ListSchoolClassesQuery()));
        classes.Single(c => c.School == "École Pasteur").Classes.ShouldBe(["CE2", "CM1"]);
        a.ShouldNotBe(b);
    }

    [Fact]
    public async Task Enrolling_an_unknown_child_is_refused()
    {
        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new EnrolChildCommand(Guid.NewGuid(), app.Lunch)))).ShouldBeRefused("Child.NotFound", "ChildId");
    }
}
