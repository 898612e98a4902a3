using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Domain.Billing;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Rendering;

namespace Cantine.Invoicing.Tests.Domain.Invoices;

/// <summary>The Garnier family's invoice of October 2027 (2 lines, 58,40 €), issued 5 November 2027 and due 5 December.</summary>
internal static class InvoiceGiven
{
    public static readonly Guid Family = new("22222222-0000-0000-0000-000000000001");
    public static readonly Guid InvoiceId = InvoiceIds.For("lyon", Family, new DateOnly(2027, 10, 1));
    public static readonly Guid Batch = new("55555555-0000-0000-0000-000000000001");
    public static readonly Guid StaffId = new("44444444-0000-0000-0000-000000000001");
    public static readonly DateOnly Month = new(2027, 10, 1);
    public static readonly DateOnly IssuedOn = new(2027, 11, 5);
    public static readonly DateOnly DueOn = new(2027, 12, 5);

    /// <summary>Noon in Paris on 10 November 2027 (UTC+1).</summary>
    public static readonly DateTimeOffset Now = new(2027, 11, 10, 12, 0, 0, TimeSpan.FromHours(1));

    public static readonly IReadOnlyList<BillLine> Lines =
    [
        new(Guid.NewGuid(), "Léo Garnier", Guid.NewGuid(), "Déjeuner", "Déjeuner — octobre 2027", 12, 350, 4200, "QF 501–900"),
        new(Guid.NewGuid(), "Jade Garnier", Guid.NewGuid(), "Déjeuner", "Déjeuner — octobre 2027", 4, 410, 1640, "QF > 900"),
    ];

    public static InvoiceDocument Document(int total = 5840) => new(
        "Facture", "2027-000007", IssuedOn, DueOn, Month, new DateOnly(2027, 10, 31),
        new InvoiceIssuer("Lyon", ["1 place de la Mairie", "69001 Lyon"], "04 72 00 00 00", "mairie@lyon.test", null, false, "Régie de la cantine de Lyon"),
        new InvoiceRecipient(Family, "Garnier-Moreau", "Élise Garnier", ["3 rue des Lilas", "69001 Lyon"]),
        Lines, total, 0, false, null);

    public static IssueInvoice Issue(int total = 5840) =>
        new(InvoiceId, Batch, Month, new InvoiceNumber(2027, 7), DueOn, Document(total), Guid.Empty, "ab");

    public static InvoiceIssued Issued { get; } = (InvoiceIssued)InvoiceDecisions.Decide(Issue(), null).Events.Single();

    public static RecordPayment Payment(int cents, Guid? id = null, DateOnly? on = null) =>
        new(InvoiceId, id ?? Guid.NewGuid(), cents, on ?? new DateOnly(2027, 11, 9), PaymentMethod.Cheque, " 1234567 ", StaffId, "Anne Régie");

    public static CreditInvoice Credit(int cents, Guid? id = null) =>
        new(InvoiceId, id ?? Guid.NewGuid(), new InvoiceNumber(2027, 31), cents, " Absence non déduite ", StaffId, "Anne Régie");
}
