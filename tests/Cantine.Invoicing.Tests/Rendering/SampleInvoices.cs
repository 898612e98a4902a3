using Cantine.Invoicing.Domain.Billing;
using Cantine.Invoicing.Rendering;

namespace Cantine.Invoicing.Tests.Rendering;

/// <summary>Invoice documents to render: a town, a family, a few lines; tests vary them with <c>with</c>.</summary>
internal static class SampleInvoices
{
    public static readonly Guid LeaId = Guid.Parse("6f1c1b0e-3d1c-4c59-9a55-0d6f3c2b1a01");
    public static readonly Guid TomId = Guid.Parse("6f1c1b0e-3d1c-4c59-9a55-0d6f3c2b1a02");
    public static readonly Guid LunchId = Guid.Parse("0b6a7c2d-1111-4c59-9a55-0d6f3c2b1a03");
    public static readonly Guid AfterSchoolId = Guid.Parse("0b6a7c2d-2222-4c59-9a55-0d6f3c2b1a04");

    public static InvoiceIssuer Town(bool online = true, byte[]? logo = null) => new(
        "Mairie de Saint-Aubin-sur-Loire",
        ["Service Enfance", "2 place de la Mairie", "49000 Saint-Aubin-sur-Loire"],
        "02 41 00 00 00",
        "enfance@saint-aubin.fr",
        logo,
        online,
        "Régie cantine de Saint-Aubin");

    public static InvoiceRecipient Family() => new(
        Guid.Parse("9a9a9a9a-0000-4c59-9a55-0d6f3c2b1a05"),
        "Martin",
        "Sophie Martin",
        ["12 rue des Écoles", "49000 Saint-Aubin-sur-Loire"]);

    public static BillLine Line(string child, Guid? childId, string service, Guid serviceId, int quantity, int unitPriceCents, string? bracket) =>
        new(childId, child, serviceId, service, service, quantity, unitPriceCents, quantity * unitPriceCents, bracket);

    public static IReadOnlyList<BillLine> Lines() =>
    [
        Line("Léa Martin", LeaId, "Restauration scolaire", LunchId, 12, 320, "QF 501 à 900"),
        Line("Léa Martin", LeaId, "Accueil périscolaire du soir", AfterSchoolId, 8, 185, null),
        Line("Tom Martin", TomId, "Restauration scolaire", LunchId, 11, 250, "QF ≤ 500"),
    ];

    public static InvoiceDocument Invoice(IReadOnlyList<BillLine>? lines = null, int previousBalanceCents = 0, InvoiceIssuer? town = null)
    {
        var billLines = lines ?? Lines();
        return new InvoiceDocument(
            InvoiceKinds.Invoice,
            "2027-000123",
            new DateOnly(2027, 2, 3),
            new DateOnly(2027, 3, 3),
            new DateOnly(2027, 1, 1),
            new DateOnly(2027, 1, 31),
            town ?? Town(),
            Family(),
            billLines,
            billLines.Sum(l => l.AmountCents),
            previousBalanceCents,
            NoValidQuotient: false,
            CreditedInvoiceNumber: null);
    }

    public static InvoiceDocument CreditNote() => Invoice(lines: [Line("Tom Martin", TomId, "Restauration scolaire", LunchId, 2, 320, "QF 501 à 900")]) with
    {
        Kind = InvoiceKinds.CreditNote,
        Number = "2027-000130",
        IssuedOn = new DateOnly(2027, 2, 10),
        DueOn = new DateOnly(2027, 2, 10),
        CreditedInvoiceNumber = "2027-000123",
    };

    /// <summary>A 2 × 2 red PNG, to stand for a town's logo.</summary>
    public static byte[] Logo() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4oKAARAwQCgAejgQBl4tBnAAAAABJRU5ErkJggg==");
}
