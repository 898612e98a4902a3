using Cantine.Invoicing.Domain.Quotients;

namespace Cantine.Invoicing.Tests.Settings;

/// <summary>Given a family's quotients, when staff record or withdraw one, then…</summary>
public sealed class QuotientDecisionsTests
{
    private static readonly Guid Family = Guid.NewGuid();

    private static QuotientPeriod Period(int value, DateOnly from, DateOnly to) => new(Guid.NewGuid(), value, from, to, "Attestation CAF");

    private static FamilyQuotients Recorded(QuotientPeriod period) => FamilyQuotients.Create(new QuotientRecorded(FamilyQuotients.IdFor(Family), Family, period, null));

    [Fact]
    public void A_quotient_is_valid_on_every_day_of_its_period_and_on_no_other()
    {
        var period = Period(620, new DateOnly(2027, 9, 1), new DateOnly(2028, 8, 31));
        var quotients = Recorded(period);

        (quotients.On(new DateOnly(2027, 8, 31)), quotients.On(new DateOnly(2027, 9, 1)), quotients.On(new DateOnly(2028, 8, 31)), quotients.On(new DateOnly(2028, 9, 1)))
            .ShouldBe(((int?)null, (int?)620, (int?)620, (int?)null));
    }

    [Fact]
    public void An_overlapping_period_is_refused_with_the_existing_dates()
    {
        var quotients = Recorded(Period(620, new DateOnly(2027, 9, 1), new DateOnly(2028, 8, 31)));

        var decision = QuotientDecisions.Decide(new RecordQuotient(Family, Period(400, new DateOnly(2028, 8, 31), new DateOnly(2029, 8, 31)), null), quotients);

        (decision.Refusal, decision.Args[0]).ShouldBe(("Quotients.Overlap", (object)new DateOnly(2027, 9, 1)));
    }

    [Fact]
    public void The_same_entry_sent_twice_is_recorded_once()
    {
        var period = Period(620, new DateOnly(2027, 9, 1), new DateOnly(2028, 8, 31));

        QuotientDecisions.Decide(new RecordQuotient(Family, period, null), Recorded(period)).Events.ShouldBeEmpty();
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused()
    {
        QuotientDecisions.Decide(new RecordQuotient(Family, Period(620, new DateOnly(2027, 9, 2), new DateOnly(2027, 9, 1)), null), null)
            .Refusal.ShouldBe("Quotients.Period");
    }

    [Fact]
    public void A_withdrawn_quotient_no_longer_counts_and_cannot_be_withdrawn_again()
    {
        var period = Period(620, new DateOnly(2027, 9, 1), new DateOnly(2028, 8, 31));
        var quotients = Recorded(period);

        var withdrawn = quotients.Apply(QuotientDecisions.Decide(new WithdrawQuotient(Family, period.EntryId, null), quotients).Events.Single().ShouldBeOfType<QuotientWithdrawn>());

        withdrawn.On(new DateOnly(2027, 10, 1)).ShouldBeNull();
        QuotientDecisions.Decide(new WithdrawQuotient(Family, period.EntryId, null), withdrawn).Refusal.ShouldBe("Quotients.Unknown");
    }
}
