using Cantine.Reservations.Domain;
using static Cantine.Reservations.Tests.Domain.Given;

namespace Cantine.Reservations.Tests.Domain;

public sealed class FamilyBookingsTests
{
    private static readonly DateTimeOffset At = BeforeDeadline;

    [Fact]
    public void Each_change_moves_the_revision_and_a_submission_is_remembered_with_its_outcome()
    {
        var submission = Guid.NewGuid();
        var id = FamilyBookings.StreamIdFor("lyon", Martin, Week);

        var state = FamilyBookings.Create(new FamilyPeriodOpened(id, Martin, PeriodKind.Week, Week, Week.AddDays(6)))
            .Apply(new BookingsSubmitted(Martin, Week, submission, [Cell(Emma, FirstService, 2), Cell(Emma, FirstService, 3)], [], At))
            .Apply(new BookingsCorrected(Martin, Week, Guid.NewGuid(), [Cell(Hugo, FirstService, 5)], [Cell(Emma, FirstService, 2)], At));

        state.Revision.ShouldBe(3);
        state.Cells.ShouldBe([Cell(Emma, FirstService, 3), Cell(Hugo, FirstService, 5)], ignoreOrder: true);
        state.Outcome(submission).ShouldBe(new SubmissionOutcome(submission, 2, 0));
        state.Outcome(Guid.NewGuid()).ShouldBeNull();
    }

    [Fact]
    public void Stream_ids_are_stable_and_differ_per_town_family_and_period()
    {
        var id = FamilyBookings.StreamIdFor("lyon", Martin, Week);

        FamilyBookings.StreamIdFor("lyon", Martin, Week).ShouldBe(id);
        FamilyBookings.StreamIdFor("vienne", Martin, Week).ShouldNotBe(id);
        FamilyBookings.StreamIdFor("lyon", Leroy, Week).ShouldNotBe(id);
        FamilyBookings.StreamIdFor("lyon", Martin, Week.AddDays(7)).ShouldNotBe(id);
    }
}
