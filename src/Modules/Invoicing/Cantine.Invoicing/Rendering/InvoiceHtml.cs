using Cantine.Invoicing.Contracts.GetInvoiceHtml;
using Cantine.Invoicing.Domain.Invoices;

namespace Cantine.Invoicing.Rendering;

/// <summary>The HTML twin's data: the invoice's <see cref="InvoiceDocument"/> as a Contracts DTO, with today's status.</summary>
internal static class InvoiceHtml
{
    public static InvoiceHtmlDto From(Invoice invoice, DateOnly today)
    {
        var document = invoice.Document;
        var town = document.Town;
        var family = document.Family;
        return new InvoiceHtmlDto(
            invoice.Id,
            invoice.Kind,
            document.Number,
            document.IssuedOn,
            document.DueOn,
            document.PeriodStart,
            document.PeriodEnd,
            new InvoiceHtmlTownDto(town.Name, town.AddressLines, town.Phone, town.Email, town.OnlinePayment, town.ChequePayableTo),
            new InvoiceHtmlFamilyDto(family.FamilyName, family.GuardianName, family.AddressLines),
            [.. document.Lines.Select(l => new InvoiceHtmlLineDto(l.ChildName, l.ServiceName, l.Description, l.Bracket, l.Quantity, l.UnitPriceCents, l.AmountCents))],
            document.TotalCents,
            document.PreviousBalanceCents,
            InvoiceFormat.AmountToPay(document),
            document.NoValidQuotient,
            document.CreditedInvoiceNumber,
            invoice.StatusOn(today),
            invoice.IsCreditNote ? 0 : invoice.RemainingCents);
    }
}
