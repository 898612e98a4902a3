using Cantine.Invoicing.Domain.Numbering;
using Cantine.Testing.Decisions;

namespace Cantine.Invoicing.Tests.Domain.Invoices;

/// <summary>Numbers of a town and year follow one another from 1, with no gap and no repeat.</summary>
public sealed class NumberingDecisionsTests
{
    private static readonly Guid Stream = InvoiceNumbering.IdFor("lyon", 2027);

    [Fact]
    public void The_first_numbers_of_a_year_start_at_one()
    {
        var (decision, numbers) = InvoiceNumberingDecisions.Allocate(Stream, 2027, 3, null);

        decision.ShouldAppend(new InvoiceNumbersAllocated(Stream, 2027, 1, 3));
        numbers.Select(n => n.Text).ShouldBe(["2027-000001", "2027-000002", "2027-000003"]);
    }

    [Fact]
    public void The_next_numbers_follow_the_last_given()
    {
        var numbering = History.Of<InvoiceNumbering>(new InvoiceNumbersAllocated(Stream, 2027, 1, 100), new InvoiceNumbersAllocated(Stream, 2027, 101, 22));

        var (decision, numbers) = InvoiceNumberingDecisions.Allocate(Stream, 2027, 2, numbering);

        decision.ShouldAppend(new InvoiceNumbersAllocated(Stream, 2027, 123, 2));
        numbers.Select(n => n.Text).ShouldBe(["2027-000123", "2027-000124"]);
        numbering!.Next.Text.ShouldBe("2027-000123");
    }

    [Fact]
    public void Allocating_nothing_changes_nothing() =>
        InvoiceNumberingDecisions.Allocate(Stream, 2027, 0, null).Decision.ShouldChangeNothing();

    [Fact]
    public void Each_year_and_town_has_its_own_series()
    {
        InvoiceNumbering.IdFor("lyon", 2028).ShouldNotBe(Stream);
        InvoiceNumbering.IdFor("nice", 2027).ShouldNotBe(Stream);
    }
}
