using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Cantine.Host.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Cantine.Host.Tests.Security;

/// <summary>
/// Every form of the product, parents' and staff's, refuses a post without its antiforgery token with the French 400
/// page (SPEC §9, STYLE §9). The forms are not listed by hand: every POST handler of every Razor page is found from the
/// page descriptors, so a new form is checked the day it is written. Each post carries the antiforgery cookie and the
/// session of someone allowed on the page, as a forged cross-site post would.
/// </summary>
public sealed partial class AntiforgeryTests(AntiforgeryTests.App app, ITestOutputHelper output) : IClassFixture<AntiforgeryTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");
    }

    /// <summary>
    /// The pages that take posts without a token: the error page, which re-renders a failed post's status; one-click
    /// unsubscribe (RFC 8058: a mail provider posts without a session; the signed token in the address authorises it, ADR 0033).
    /// </summary>
    private static readonly string[] Exempt = ["erreur/{code:int}", "{slug}/desabonnement"];

    [Fact]
    public async Task Every_form_post_without_the_token_is_refused()
    {
        var (posts, exempt) = await PostHandlersAsync();
        var visitors = await VisitorsAsync();
        output.WriteLine(string.Join("\n", posts));

        var accepted = new List<string>();
        foreach (var post in posts)
        {
            if (!await RefusedAsync(post, visitors))
            {
                accepted.Add(post);
            }
        }

        exempt.ShouldBe(Exempt, ignoreOrder: true);
        accepted.ShouldBeEmpty("posted without the token, and not refused with the French 400 page by anyone allowed on the page");
        posts.Count.ShouldBeGreaterThan(50, string.Join("\n", posts));
        foreach (var visitor in visitors)
        {
            visitor.Dispose();
        }
    }

    /// <summary>Whether someone allowed on the page gets the French 400 page (the others are sent away before the token is read).</summary>
    private static async Task<bool> RefusedAsync(string post, IReadOnlyList<PortalClient> visitors)
    {
        foreach (var visitor in visitors)
        {
            var response = await visitor.Http.PostAsync(post, new FormUrlEncodedContent([new("Champ", "forgé")]));
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                var page = await response.ReadPageAsync();
                return page.Heading() == "Requête invalide"
                    && page.QuerySelector("main")!.TextContent.Contains("Rechargez la page et recommencez.", StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>
    /// A parent, the administrator, a visitor, a staff member between password and code, and an agent who must first
    /// enrol an authenticator app: each holds the antiforgery cookie, from the forms they filled in to get there.
    /// </summary>
    private async Task<IReadOnlyList<PortalClient>> VisitorsAsync()
    {
        var town = app.Town;
        var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync(town.Slug, town.Family.Guardian.Login);
        var administrator = app.CreatePortalClient();
        await administrator.SignInStaffAsync(town.Slug, town.Administrator.Login);
        var visitor = app.CreatePortalClient();
        (await visitor.GetAsync($"/{town.Slug}")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var awaitingCode = await HalfSignedInAsync(town.Administrator, $"/{town.Slug}/admin/verification");
        var enrolling = await HalfSignedInAsync(town.Agent, $"/{town.Slug}/admin/activation");
        return [parent, administrator, visitor, awaitingCode, enrolling];
    }

    private async Task<PortalClient> HalfSignedInAsync(TestAccount staff, string expected)
    {
        var client = app.CreatePortalClient();
        var response = await client.SubmitAsync($"/{app.Town.Slug}/admin/connexion", new Dictionary<string, string>
        {
            ["Connexion.Login"] = staff.Login,
            ["Connexion.MotDePasse"] = TestTown.Password,
        });
        PortalClient.Location(response).ShouldBe(expected);
        return client;
    }

    /// <summary>Every POST handler of every page, as the address a form posts to; and the pages that opt out of the token.</summary>
    private async Task<(IReadOnlyList<string> Posts, IReadOnlyList<string> Exempt)> PostHandlersAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var pages = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>();
        var posts = new List<string>();
        var exempt = new List<string>();
        foreach (var page in pages.Where(p => p.AttributeRouteInfo?.Template is not null).DistinctBy(p => p.AttributeRouteInfo!.Template))
        {
            var compiled = await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
            var handlers = compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, HttpMethods.Post, StringComparison.OrdinalIgnoreCase)).ToList();
            if (handlers.Count == 0)
            {
                continue;
            }

            var template = page.AttributeRouteInfo!.Template!;
            if (compiled.ModelTypeInfo?.GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>() is not null)
            {
                exempt.Add(template);
                continue;
            }

            var url = "/" + RouteParameter().Replace(template, m => Value(m.Groups["name"].Value, m.Groups["constraint"].Value));
            posts.AddRange(handlers.Select(h => string.IsNullOrEmpty(h.Name) ? url : $"{url}?handler={h.Name}"));
        }

        return (posts, exempt);
    }

    /// <summary>A value for a route parameter: the seeded town's own ids where the page names them, any other id elsewhere.</summary>
    private string Value(string name, string constraint) => name switch
    {
        "slug" => app.Town.Slug,
        "familyId" => app.Town.Family.FamilyId.ToString(),
        "childId" => app.Town.SharedChildId.ToString(),
        "userId" => app.Town.Family.Guardian.UserId.ToString(),
        _ when constraint.Contains("int", StringComparison.Ordinal) => "1",
        _ => Guid.NewGuid().ToString(),
    };

    [GeneratedRegex(@"\{\**(?<name>\w+)(?<constraint>(:[^}?]+)?)\??\}")]
    private static partial Regex RouteParameter();
}
