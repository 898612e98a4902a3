using Cantine.Reservations.Contracts.CreateService;
using Cantine.Reservations.Contracts.EnrolChild;
using Cantine.Reservations.Contracts.GetChildEnrolments;
using Cantine.Reservations.Contracts.UnenrolChild;
using Cantine.Reservations.Tests.Support;

namespace Cantine.Reservations.Tests.Features;

/// <summary>
/// Enrolments are a stream per child (issue #11): two changes of one child's enrolments at the same instant
/// both survive, or the second is refused in French; never is one silently overwritten by the other.
/// </summary>
public sealed class EnrolmentConcurrencyTests(ReservationsApp app) : IClassFixture<ReservationsApp>
{
    private const int Rounds = 6;

    private async Task<Guid> ServiceAsync(string name) => (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(
        new CreateServiceCommand(name, 200, new DateOnly(2031, 1, 1), [DayOfWeek.Tuesday], true, "Bookings")))).ShouldSucceed();

    [Fact]
    public async Task Two_enrolments_of_one_child_in_two_services_at_the_same_instant_are_both_kept()
    {
        var study = await ServiceAsync("Étude simultanée");
        for (var round = 0; round < Rounds; round++)
        {
            var (_, children) = await app.FamilyAsync("Simultané", $"Enfant {round}");
            var child = children[0];

            var results = await Task.WhenAll(
                Task.Run(() => app.SendAsync(ReservationsApp.Lyon, s => s.Send(new EnrolChildCommand(child, app.EveningCare)))),
                Task.Run(() => app.SendAsync(ReservationsApp.Lyon, s => s.Send(new EnrolChildCommand(child, study)))));

            results.ShouldAllBe(r => r.IsSuccess);
            var enrolments = (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new GetChildEnrolmentsQuery(child)))).ShouldNotBeNull();
            enrolments.ServiceIds.ShouldBe([app.Lunch, app.EveningCare, study], ignoreOrder: true, customMessage: $"round {round}");
        }
    }

    [Fact]
    public async Task An_enrolment_and_an_unenrolment_at_the_same_instant_are_both_kept()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var (_, children) = await app.FamilyAsync("Croisé", $"Enfant {round}");
            var child = children[0];

            var results = await Task.WhenAll(
                Task.Run(() => app.SendAsync(ReservationsApp.Lyon, s => s.Send(new EnrolChildCommand(child, app.EveningCare)))),
                Task.Run(() => app.SendAsync(ReservationsApp.Lyon, s => s.Send(new UnenrolChildCommand(child, app.Lunch)))));

            results.ShouldAllBe(r => r.IsSuccess);
            var enrolments = (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new GetChildEnrolmentsQuery(child)))).ShouldNotBeNull();
            enrolments.ServiceIds.ShouldBe([app.EveningCare], customMessage: $"round {round}");
        }
    }
}
