using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.GetChildEnrolments;
using Cantine.Reservations.Contracts.GetHeadcounts;
using Cantine.Reservations.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Cantine.Reservations.Tests.Features;

/// <summary>Reservations keeps its own copy of children from Accounts' integration events; every handler is idempotent.</summary>
public sealed class ChildEventsTests(ReservationsApp app) : IClassFixture<ReservationsApp>
{
    private async Task PublishAsync(object message, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            await app.TrackAsync(async () =>
            {
                await using var scope = app.Services.GetRequiredService<TenantScopeFactory>().Create(ReservationsApp.Lyon);
                var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
                bus.TenantId = ReservationsApp.Lyon;
                await bus.PublishAsync(message);
            });
        }
    }

    private Task<ChildEnrolmentsDto?> ChildAsync(Guid id) => app.SendAsync(ReservationsApp.Lyon, s => s.Send(new GetChildEnrolmentsQuery(id)));

    [Fact]
    public async Task A_registration_delivered_twice_keeps_one_child_and_its_enrolments()
    {
        var (family, children) = await app.FamilyAsync("Deux fois", "Iris");

        await PublishAsync(new ChildRegisteredIntegrationEvent(ReservationsApp.Lyon, children[0], family, "Iris", "Deux fois", "École Jules Ferry", "CP"), 2);

        var child = (await ChildAsync(children[0])).ShouldNotBeNull();
        child.ServiceIds.ShouldBe([app.Lunch]);
        (await app.SheetAsync(family)).Children.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Changed_details_are_kept_for_the_sheet_and_the_headcounts()
    {
        var (family, children) = await app.FamilyAsync("Details", "Jade");
        var day = new DateOnly(2031, 11, 24);
        (await app.SubmitAsync(family, [new(children[0], app.Lunch, day)], periodStart: day)).ShouldSucceed();

        await PublishAsync(new ChildDetailsChangedIntegrationEvent(ReservationsApp.Lyon, children[0], "Jade", "Details-Roux", "École Pasteur", "CE1"), 2);

        var child = (await ChildAsync(children[0])).ShouldNotBeNull();
        (child.LastName, child.School, child.Class).ShouldBe(("Details-Roux", "École Pasteur", "CE1"));
        (await app.SheetAsync(family, day)).Children.Single().LastName.ShouldBe("Details-Roux");
        var headcounts = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new GetHeadcountsQuery(day)));
        headcounts.Rows.ShouldContain(r => r.Date == day && r.School == "École Pasteur" && r.Class == "CE1" && r.Count == 1);
    }

    [Fact]
    public async Task A_detached_child_leaves_that_family_sheet_only()
    {
        var (home, children) = await app.FamilyAsync("Maison", "Noah");
        var (otherHome, _) = await app.FamilyAsync("Autre maison");
        await app.AttachAsync(children[0], otherHome);

        await PublishAsync(new ChildDetachedFromFamilyIntegrationEvent(ReservationsApp.Lyon, children[0], otherHome), 2);

        (await app.SheetAsync(otherHome)).Children.ShouldBeEmpty();
        (await app.SheetAsync(home)).Children.ShouldHaveSingleItem();
        (await app.SubmitAsync(otherHome, [app.LunchOn(children[0], 3)])).ShouldBeRefused("Bookings.ChildNotInFamily");
    }

    [Fact]
    public async Task An_archived_family_books_nothing_new()
    {
        var (family, children) = await app.FamilyAsync("Partie", "Elsa");

        await PublishAsync(new FamilyArchivedIntegrationEvent(ReservationsApp.Lyon, family), 2);

        (await app.SubmitAsync(family, [app.LunchOn(children[0], 3)])).ShouldBeRefused("Bookings.FamilyArchived");
        (await app.SheetAsync(family)).IsOpen.ShouldBeFalse();
    }

    [Fact]
    public async Task An_erased_family_leaves_no_name_but_its_bookings_still_count()
    {
        var (family, children) = await app.FamilyAsync("Effacée", "Zélie");
        var day = new DateOnly(2031, 12, 1);
        (await app.SubmitAsync(family, [new(children[0], app.Lunch, day)], periodStart: day)).ShouldSucceed();
        var before = (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new GetHeadcountsQuery(day)))).Rows.Sum(r => r.Count);

        await PublishAsync(new FamilyErasedIntegrationEvent(ReservationsApp.Lyon, family, children), 2);

        (await ChildAsync(children[0])).ShouldBeNull();
        (await app.SheetAsync(family, day, forStaff: true)).Children.ShouldBeEmpty();
        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new GetHeadcountsQuery(day)))).Rows.Sum(r => r.Count).ShouldBe(before);
    }
}
