using Cantine.Host.Pages.Family;
using Cantine.Messaging.Contracts.Unsubscribe;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Pages.Unsubscribe;

/// <summary>
/// One-click unsubscribe (RFC 8058, ADR 0033), the address of the <c>List-Unsubscribe</c> header of optional e-mails. A GET
/// (a person following the link, or a link checker) changes nothing and asks to confirm; a POST turns that kind of e-mail
/// off. The POST carries no session and no antiforgery token (a mail provider sends <c>List-Unsubscribe=One-Click</c>):
/// the signed token in the address is what authorises it, and it can only turn one kind of e-mail off.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty(SupportsGet = true, Name = "jeton")]
    public string? Jeton { get; set; }

    /// <summary>The kind of e-mail the link turns off; null when the link is not valid.</summary>
    public string? Kind { get; private set; }

    public bool Done { get; private set; }

    public string Label => Kind is null ? string.Empty : EmailKindTexts.Describe(text, Kind).Label;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Kind = string.IsNullOrEmpty(Jeton) ? null : await sender.Send(new ReadUnsubscribeLinkQuery(Jeton), ct);
        return Kind is null ? Invalid() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await sender.Send(new UnsubscribeCommand(Jeton ?? string.Empty), ct);
        if (!result.IsSuccess)
        {
            return Invalid();
        }

        Kind = result.Value;
        Done = true;
        return Page();
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Invalid()
    {
        Kind = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
