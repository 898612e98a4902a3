using System.Security.Cryptography;
using Cantine.BuildingBlocks.Files;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Domain.Billing;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Rendering;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Testing;

/// <summary>
/// A <see cref="TestTown"/> whose families already have invoices, as the batch and staff would leave them (the events are
/// appended as issued, with their PDF rendered and stored): on <see cref="Today"/>, Durand has June 2030 paid
/// (<c>Payée</c>), July overdue (<c>En retard</c>), August to pay (<c>À payer</c>) and a credit note on August
/// (<c>Avoir</c>); Roux has August to pay.
/// </summary>
public sealed record FacturesTown(
    TestTown Town, Guid June, Guid July, Guid August, Guid CreditNote, Guid RouxAugust, int DurandBalanceCents)
{
    /// <summary>The day the statuses above hold (the test clock's default day).</summary>
    public static readonly DateTime Today = new(2030, 9, 10, 10, 0, 0);

    public const string JuneNumber = "2030-000004";
    public const string JulyNumber = "2030-000007";
    public const string AugustNumber = "2030-000011";
    public const string CreditNoteNumber = "2030-000012";
    public const string RouxAugustNumber = "2030-000010";

    public static async Task<FacturesTown> CreateAsync(CantineApp app, string slug, string? name = null)
    {
        var town = await TestTown.CreateAsync(app, slug, name);
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.LightweightSession(slug);
        var durand = town.Family.FamilyId;

        var june = Issue(session, town, durand, "Durand", JuneNumber, new DateOnly(2030, 6, 1), [Line("Jade Durand", 15, 300, null)]);
        var july = Issue(session, town, durand, "Durand", JulyNumber, new DateOnly(2030, 7, 1), [Line("Jade Durand", 20, 300, null)]);
        var august = Issue(session, town, durand, "Durand", AugustNumber, new DateOnly(2030, 8, 1),
            [Line("Jade Durand", 12, 320, "QF 501 à 900"), Line("Léo Durand", 11, 250, "QF ≤ 500"), Line("Léo Durand", 8, 185, null, "Accueil du soir")]);
        var rouxAugust = Issue(session, town, town.OtherFamily.FamilyId, "Roux", RouxAugustNumber, new DateOnly(2030, 8, 1), [Line("Jade Durand", 10, 300, null)]);

        session.Events.Append(june.InvoiceId, new InvoicePaymentRecorded(
            june.InvoiceId, Guid.NewGuid(), june.TotalCents, new DateOnly(2030, 7, 20), PaymentMethod.Cheque, "Chèque 1234567", town.Administrator.UserId, "Anne Admin",
            TestClock.AtParis(new DateTime(2030, 7, 20, 9, 0, 0))));

        var creditId = Guid.NewGuid();
        var creditLines = new[] { Line("Léo Durand", 2, 320, "QF 501 à 900") };
        var creditDocument = Document(town, durand, "Durand", "Avoir", CreditNoteNumber, new DateOnly(2030, 8, 1), new DateOnly(2030, 9, 5), creditLines) with
        {
            CreditedInvoiceNumber = AugustNumber,
        };
        var creditPdf = Store(session, creditDocument, "avoir");
        session.Events.StartStream<Invoice>(creditId, new CreditNoteIssued(
            creditId, CreditNoteNumber, 2030, 12, august.InvoiceId, AugustNumber, durand, new DateOnly(2030, 8, 1), new DateOnly(2030, 9, 5),
            creditDocument.TotalCents, "Absence justifiée non déduite", creditDocument, creditPdf.Id, creditPdf.Sha256, town.Administrator.UserId, "Anne Admin"));
        session.Events.Append(august.InvoiceId, new InvoiceCredited(
            august.InvoiceId, creditId, CreditNoteNumber, creditDocument.TotalCents, "Absence justifiée non déduite", town.Administrator.UserId, "Anne Admin",
            TestClock.AtParis(new DateTime(2030, 9, 5, 9, 0, 0))));
        await session.SaveChangesAsync();

        return new FacturesTown(town, june.InvoiceId, july.InvoiceId, august.InvoiceId, creditId, rouxAugust.InvoiceId,
            july.TotalCents + august.TotalCents - creditDocument.TotalCents);
    }

    private static BillLine Line(string child, int quantity, int unitPriceCents, string? bracket, string service = "Restauration scolaire") =>
        new(Guid.NewGuid(), child, Guid.NewGuid(), service, service, quantity, unitPriceCents, quantity * unitPriceCents, bracket);

    private static InvoiceDocument Document(
        TestTown town, Guid familyId, string familyName, string kind, string number, DateOnly month, DateOnly issuedOn, IReadOnlyList<BillLine> lines) => new(
        kind, number, issuedOn, issuedOn.AddMonths(1), month, month.AddMonths(1).AddDays(-1),
        new InvoiceIssuer(town.Name, ["1 rue de la Paix", "69001 Lyon"], "04 72 00 00 00", $"contact@{town.Slug}.test", null, false, $"Régie de {town.Name}"),
        new InvoiceRecipient(familyId, familyName, $"Marie {familyName}", ["3 rue des Lilas", "69002 Lyon"]),
        lines, lines.Sum(l => l.AmountCents), 0, false, null);

    private static InvoiceIssued Issue(
        IDocumentSession session, TestTown town, Guid familyId, string familyName, string number, DateOnly month, IReadOnlyList<BillLine> lines)
    {
        var document = Document(town, familyId, familyName, "Facture", number, month, month.AddMonths(1).AddDays(2), lines);
        var pdf = Store(session, document, "facture");
        var id = InvoiceIds.For(town.Slug, familyId, month);
        var issued = new InvoiceIssued(
            id, number, 2030, int.Parse(number[5..]), familyId, month, document.IssuedOn, document.DueOn, lines, document.TotalCents, false, document,
            pdf.Id, pdf.Sha256, Guid.Empty);
        session.Events.StartStream<Invoice>(id, issued);
        return issued;
    }

    private static (Guid Id, string Sha256) Store(IDocumentSession session, InvoiceDocument document, string prefix)
    {
        var bytes = InvoicePdf.Render(document);
        var id = Guid.NewGuid();
        FileStore.QueueSave(session, id, $"{prefix}-{document.Number}.pdf", "application/pdf", bytes);
        return (id, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
