using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Cantine.Host.BackOffice;
using Cantine.Host.Security;
using Microsoft.AspNetCore.Localization;

namespace Cantine.Host.Composition;

/// <summary>Razor Pages for parents (<c>/{slug}/...</c>) and staff (<c>/{slug}/admin/...</c>), in French.</summary>
public static class WebComposition
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static IServiceCollection AddCantineWeb(this IServiceCollection services)
    {
        // French text stays readable in the HTML (é, not &#xE9;); Razor still encodes what must be encoded.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA, UnicodeRanges.GeneralPunctuation, UnicodeRanges.CurrencySymbols));
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(French);
            options.SupportedCultures = [French];
            options.SupportedUICultures = [French];
            options.RequestCultureProviders.Clear();
        });
        services.AddRazorPages(options =>
            {
                // One convention per area, not an attribute per page (STYLE §7); the back office's come from its declarations (ADR 0024).
                options.Conventions.AuthorizeFolder("/Family", Policies.Guardian);
                options.Conventions.AuthorizeFolder("/Documents", Policies.Guardian);
                options.Conventions.AuthorizeFolder("/Contact", Policies.Guardian);
                options.Conventions.AuthorizeFolder("/Reservations", Policies.Guardian);
                options.Conventions.AuthorizeFolder("/Presences", Policies.Guardian);
                options.Conventions.AuthorizeFolder("/Factures", Policies.Guardian);
                options.Conventions.AuthorizeBackOffice(BackOfficeModules.Entries);
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization()
            // No client-side validation library runs (the server validates every form, in French): without this the
            // tag helpers write data-val-* attributes carrying ASP.NET Core's English defaults into the pages.
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false);
        services.AddFrenchModelBinding();
        services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
        services.AddSingleton<Cantine.Host.Pages.PageRoutes>();
        return services;
    }
}
