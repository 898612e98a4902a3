using Cantine.Accounts.Contracts.ChangeGuardianDetails;
using Cantine.Accounts.Contracts.ChangeLogin;
using Cantine.Accounts.Contracts.GetFamilyDetail;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Families;

/// <summary>One guardian of a family: identity, contact and invoice address; their login.</summary>
public sealed class GuardianModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public DetailsInput Saisie { get; set; } = new();

    [BindProperty]
    public LoginInput Identifiant { get; set; } = new();

    public FamilyDetailDto Family { get; private set; } = null!;

    public GuardianDetailDto Guardian { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid familyId, Guid userId, CancellationToken ct)
    {
        if (!await LoadAsync(familyId, userId, ct))
        {
            return NotFound();
        }

        var g = Guardian;
        Saisie = new DetailsInput
        {
            Civility = g.Civility,
            FirstName = g.FirstName,
            LastName = g.LastName,
            Email = g.Email,
            Phone = g.Phone,
            Street = g.Street,
            PostalCode = g.PostalCode,
            City = g.City,
        };
        Identifiant.Login = g.Login;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid familyId, Guid userId, CancellationToken ct)
    {
        if (!await LoadAsync(familyId, userId, ct))
        {
            return NotFound();
        }

        var result = await sender.Send(new ChangeGuardianDetailsCommand(
            userId, Saisie.Civility ?? string.Empty, Saisie.FirstName ?? string.Empty, Saisie.LastName ?? string.Empty, Saisie.Email ?? string.Empty,
            Saisie.Phone ?? string.Empty, Saisie.Street, Saisie.PostalCode, Saisie.City), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, nameof(Saisie));
            Identifiant.Login = Guardian.Login;
            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/familles/{familyId}", text["Les coordonnées de {0} {1} sont enregistrées.", Saisie.FirstName!.Trim(), Saisie.LastName!.Trim()]);
    }

    public async Task<IActionResult> OnPostIdentifiantAsync(Guid familyId, Guid userId, CancellationToken ct)
    {
        if (!await LoadAsync(familyId, userId, ct))
        {
            return NotFound();
        }

        var result = await sender.Send(new ChangeLoginCommand(userId, Identifiant.Login ?? string.Empty), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, nameof(Identifiant));
            var g = Guardian;
            Saisie = new DetailsInput
            {
                Civility = g.Civility,
                FirstName = g.FirstName,
                LastName = g.LastName,
                Email = g.Email,
                Phone = g.Phone,
                Street = g.Street,
                PostalCode = g.PostalCode,
                City = g.City,
            };
            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/familles/{familyId}",
            text["L'identifiant de {0} {1} est maintenant « {2} ». Prévenez-le : l'ancien ne fonctionne plus.", Guardian.FirstName, Guardian.LastName, Identifiant.Login!.Trim()]);
    }

    private async Task<bool> LoadAsync(Guid familyId, Guid userId, CancellationToken ct)
    {
        Family = (await sender.Send(new GetFamilyDetailQuery(familyId), ct))!;
        Guardian = Family?.Guardians.FirstOrDefault(g => g.UserId == userId)!;
        return Guardian is not null;
    }

    public sealed class DetailsInput : IGuardianFields
    {
        public string? Civility { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? Street { get; set; }

        public string? PostalCode { get; set; }

        public string? City { get; set; }
    }

    public sealed class LoginInput
    {
        public string? Login { get; set; }
    }
}
