using Cantine.Accounts.Contracts.GetFamilyHome;
using Cantine.Accounts.Contracts.GetStructure;
using Cantine.BuildingBlocks.Files;
using Cantine.Host.Security;
using Cantine.Host.Uploads;
using Cantine.Messaging;
using Cantine.Messaging.Contracts.SendContactMessage;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cantine.Host.Pages.Contact;

/// <summary>"Contact" (manual §8): the structure's address and phone, and a form with an optional PDF.</summary>
[EnableRateLimiting(RateLimits.Contact)]
public sealed class IndexModel(ISender sender, IOptions<MessagingOptions> options, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public ContactInput Message { get; set; } = new();

    public StructureDto Structure { get; private set; } = null!;

    public double MaxMegabytes => PdfContent.Megabytes(options.Value.MaxAttachmentBytes);

    /// <summary>Set when the form came back with an error and a file had been chosen (browsers cannot keep it).</summary>
    public bool FileToChooseAgain { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Structure = (await sender.Send(new GetStructureQuery(), ct))!;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Structure = (await sender.Send(new GetStructureQuery(), ct))!;
        var userId = User.UserIdOf()!.Value;
        var familyId = User.FamilyIdOf()!.Value;
        var family = await sender.Send(new GetFamilyHomeQuery(familyId), ct);
        var me = family?.Guardians.FirstOrDefault(g => g.Id == userId);
        var (fileName, content) = await UploadReader.ReadAsync(Message.PieceJointe, options.Value.MaxAttachmentBytes, ct);
        var result = await sender.Send(new SendContactMessageCommand(
            familyId, userId, me is null ? User.Identity!.Name! : $"{me.FirstName} {me.LastName}", me?.Detail ?? string.Empty,
            Message.Objet ?? string.Empty, Message.Texte ?? string.Empty, content.Length > 0 ? fileName : null, content.Length > 0 ? content : null), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with { Field = FieldOf(e.Field) }), nameof(Message));
            FileToChooseAgain = content.Length > 0;
            return Page();
        }

        return RedirectWithConfirmation($"/{Tenant.Slug}/contact", text["Votre message a été envoyé au service. Vous retrouverez la réponse dans « Mes messages »."]);
    }

    private static string? FieldOf(string? field) => field switch
    {
        "Subject" => nameof(ContactInput.Objet),
        "Body" => nameof(ContactInput.Texte),
        "Attachment" or "AttachmentName" => nameof(ContactInput.PieceJointe),
        _ => null,
    };

    public sealed class ContactInput
    {
        public string? Objet { get; set; }

        public string? Texte { get; set; }

        public IFormFile? PieceJointe { get; set; }
    }
}
