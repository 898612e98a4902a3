using Cantine.Accounts.Contracts.GetFamilyHome;
using Cantine.Accounts.Contracts.GetFamilyHomePage;
using Cantine.Documents.Contracts.FamilyHome;
using Cantine.Host.Security;
using Cantine.Invoicing.Contracts.FamilyHome;
using Cantine.Messaging.Contracts.FamilyHome;
using Cantine.Reservations.Contracts.FamilyHome;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Pages.Family;

/// <summary>
/// The family's home page after sign-in (SPEC §8, issue #17): what to do — deadlines, unbooked periods, unpaid invoices,
/// unread replies, new documents, each a link to the page that acts on it — then the children and guardians. One query,
/// one round trip (ADR 0032).
/// </summary>
public sealed class HomeModel(ISender sender) : CantinePageModel
{
    public FamilyHomeDto? Family { get; private set; }

    public OpenPeriodsPart? Periods { get; private set; }

    public UnpaidInvoicesPart? Invoices { get; private set; }

    public UnreadRepliesPart? Replies { get; private set; }

    public NewDocumentsPart? Documents { get; private set; }

    /// <summary>The open periods where a child has nothing booked: things to do.</summary>
    public IReadOnlyList<OpenPeriodDto> Unbooked => [.. Periods?.Periods.Where(p => p.UnbookedChildren.Count > 0) ?? []];

    /// <summary>The open periods already booked: only their deadline to mention.</summary>
    public IReadOnlyList<OpenPeriodDto> Booked => [.. Periods?.Periods.Where(p => p.UnbookedChildren.Count == 0) ?? []];

    public bool NothingToDo => Unbooked.Count == 0 && Invoices is null && Replies is null && Documents is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.FamilyIdOf() is not { } familyId || await sender.Send(new GetFamilyHomePageQuery(familyId), ct) is not { } home)
        {
            return NotFound();
        }

        Family = home.Family;
        Periods = home.Parts.OfType<OpenPeriodsPart>().FirstOrDefault();
        Invoices = home.Parts.OfType<UnpaidInvoicesPart>().FirstOrDefault();
        Replies = home.Parts.OfType<UnreadRepliesPart>().FirstOrDefault();
        Documents = home.Parts.OfType<NewDocumentsPart>().FirstOrDefault();
        return Page();
    }
}
