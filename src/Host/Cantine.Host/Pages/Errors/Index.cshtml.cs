using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Pages.Errors;

/// <summary>Every error as a French page: unknown address, refused access, too many attempts, a bug (never a stack trace).</summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel(IStringLocalizer<HostText> text, ILogger<IndexModel> log) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    // The code is read from the route, never bound: re-executed as the failed request, a POST whose body was too
    // large (or is refused unread, rate-limited) binds nothing, and "code" fell back to 404 (issue #18, defect 2).
    public IActionResult OnGet() => Show();

    public IActionResult OnPost() => Show();

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Show()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : 404;
        Code = code is >= 400 and <= 599 ? code : 404;
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (failure?.Error is Microsoft.AspNetCore.Http.BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            // A request over the server's body limit, or a form over its limits (2,500 boxes: FormOptions.ValueCountLimit),
            // fails before any page can keep what was typed.
            Code = StatusCodes.Status413PayloadTooLarge;
        }

        (Heading, Explanation) = Code switch
        {
            400 => (text["Requête invalide"], text["La page a expiré ou le formulaire n'a pas pu être lu. Rechargez la page et recommencez."]),
            401 => (text["Connexion nécessaire"], text["Connectez-vous pour accéder à cette page."]),
            403 => (text["Accès refusé"], text["Votre compte ne permet pas d'accéder à cette page."]),
            404 => (text["Page introuvable"], text["Cette adresse ne correspond à aucune page. Vérifiez l'adresse communiquée par votre commune."]),
            413 => (text["Envoi trop volumineux"], text["Le fichier envoyé est beaucoup trop gros. Revenez à la page précédente et choisissez un fichier PDF plus petit."]),
            429 => (text["Trop de tentatives"], text["Vous avez fait trop de tentatives en peu de temps. Réessayez dans quelques minutes."]),
            _ => (text["Une erreur est survenue"], text["Le service n'a pas pu traiter votre demande. Réessayez dans un instant ; si l'erreur persiste, contactez votre structure."]),
        };
        if (Code >= 500 && failure is not null)
        {
            log.LogError(failure.Error, "Unhandled error on {Path}", failure.Path);
        }

        Response.StatusCode = Code;
        return Page();
    }
}
