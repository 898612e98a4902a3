using Cantine.Host.Pages;
using Cantine.Messaging.Contracts.GetPickedUpEmail;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Messaging.Emails;

public sealed class EmailModel(ISender sender) : CantinePageModel
{
    public PickedUpEmailDto Email { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await sender.Send(new GetPickedUpEmailQuery(id), ct) is not { } email)
        {
            return NotFound();
        }

        Email = email;
        return Page();
    }
}
