using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.BackOffice;

/// <summary>The import, invitations and settings pages: administrators only (their forms' antiforgery check: Security/AntiforgeryTests).</summary>
public sealed class BackOfficeAccessAndAntiforgeryTests(BackOfficeAccessAndAntiforgeryTests.App app) : IClassFixture<BackOfficeAccessAndAntiforgeryTests.App>
{
    public sealed class App : BackOfficeApp;

    public static TheoryData<string> Pages =>
    [
        "/lyon/admin/import", "/lyon/admin/import/export", "/lyon/admin/invitations", "/lyon/admin/parametres",
        "/lyon/admin/parametres/coordonnees", "/lyon/admin/parametres/logo", "/lyon/admin/parametres/paiement",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_parent_cannot_open_the_page(string url)
    {
        var parent = await app.ParentAsync();

        (await parent.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_agent_cannot_open_the_page(string url)
    {
        var agent = await app.AgentAsync();

        (await agent.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_administrator_opens_the_page(string url)
    {
        var administrator = await app.AdministratorAsync();

        (await administrator.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
