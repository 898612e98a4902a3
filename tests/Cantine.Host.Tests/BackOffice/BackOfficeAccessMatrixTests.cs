using System.Net;
using Cantine.Host.BackOffice;
using Cantine.Host.Tests.Support;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.BackOffice;

/// <summary>
/// Who opens which back-office page (ADR 0024), generated from the pages the Host compiled and the modules'
/// declarations, so a new page cannot be forgotten: anonymous → the staff sign-in; a parent → refused; an agent →
/// only the pages declared for agents (and the home); an administrator → every page. A page whose route needs
/// an id is opened with an unknown one: refused roles must still be refused, allowed roles must get past the guard.
/// </summary>
public sealed class BackOfficeAccessMatrixTests(BackOfficeAccessMatrixTests.App app) : IClassFixture<BackOfficeAccessMatrixTests.App>
{
    public sealed class App : CantineApp
    {
        private SignedInClients? _clients;

        public TestTown Town { get; private set; } = null!;

        public TestAccount Agent { get; private set; } = null!;

        public string AgentSecret { get; } = ExtraAccounts.NewTotpSecret();

        public SignedInClients Clients => _clients ??= new SignedInClients(this);

        protected override async Task SeedAsync()
        {
            Town = await TestTown.CreateAsync(this, "lyon");
            Agent = await ExtraAccounts.StaffAsync(this, "lyon", "Agent", "agent-matrice", AgentSecret);
        }

        public override async ValueTask DisposeAsync()
        {
            if (_clients is not null)
            {
                await _clients.DisposeAsync();
            }

            await base.DisposeAsync();
        }
    }

    public static TheoryData<string> Pages() => [.. BackOfficePages.BehindSignIn.Select(p => p.Path)];

    [Fact]
    public void The_pages_read_from_the_assembly_are_the_pages_the_host_serves()
    {
        var served = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Where(p => p.AreaName == BackOfficeModules.Area)
            .Select(p => p.ViewEnginePath)
            .Order(StringComparer.Ordinal);

        served.ShouldBe(BackOfficePages.All.Select(p => p.Path), ignoreOrder: false);
        BackOfficePages.All.Count.ShouldBeGreaterThan(40);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_page_belongs_to_one_declared_entry_or_is_staff_wide(string path)
    {
        var covering = BackOfficeModules.Entries.Where(e => e.Covers(path)).Select(e => e.Label).ToList();

        if (BackOfficeModules.StaffWidePages.Contains(path))
        {
            covering.ShouldBeEmpty();
        }
        else
        {
            covering.Count.ShouldBe(1, $"{path} must lie in exactly one declared folder; found [{string.Join(", ", covering)}]");
        }
    }

    [Fact]
    public void Every_declared_page_exists_and_every_declared_folder_holds_pages()
    {
        var paths = BackOfficePages.All.Select(p => p.Path).ToHashSet();
        foreach (var entry in BackOfficeModules.Entries.Where(e => e.MountedAt is null))
        {
            paths.ShouldContain(p => entry.Covers(p), $"{entry.Label}: no page in {entry.Folder}");
            if (entry.PagePath is { } page)
            {
                paths.ShouldContain(page, $"{entry.Label}: no page {page}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_anonymous_visitor_is_sent_to_the_staff_sign_in(string path)
    {
        using var anonymous = app.CreatePortalClient();

        var response = await anonymous.Http.GetAsync(Page(path).Url("lyon"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
        PortalClient.Location(response).ShouldStartWith("/lyon/admin/connexion?retour=", Case.Sensitive, path);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_parent_is_refused(string path)
    {
        var parent = await app.Clients.GuardianAsync("lyon", app.Town.Family.Guardian);

        var (response, page) = await parent.GetAsync(Page(path).Url("lyon"));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
        page.Heading().ShouldBe("Accès refusé");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_agent_opens_only_the_pages_declared_for_agents(string path)
    {
        var agent = await app.Clients.StaffAsync("lyon", app.Agent, app.AgentSecret);

        var response = await agent.Http.GetAsync(Page(path).Url("lyon"));

        if (BackOfficePages.AgentsMayOpen(path))
        {
            ShouldBeLetIn(response, path);
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_administrator_opens_every_page(string path)
    {
        var administrator = await app.Clients.StaffAsync("lyon", app.Town.Administrator);

        var response = await administrator.Http.GetAsync(Page(path).Url("lyon"));

        ShouldBeLetIn(response, path);
    }

    private static BackOfficePage Page(string path) => BackOfficePages.All.Single(p => p.Path == path);

    /// <summary>Past the guard: neither refused nor sent to sign in (an unknown id may still be a 404).</summary>
    private static void ShouldBeLetIn(HttpResponseMessage response, string path)
    {
        response.StatusCode.ShouldNotBe(HttpStatusCode.Forbidden, path);
        response.StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized, path);
        ((int)response.StatusCode).ShouldBeLessThan(500, path);
        (response.Headers.Location?.OriginalString ?? string.Empty).ShouldNotContain("/admin/connexion", Case.Sensitive, path);
    }
}
