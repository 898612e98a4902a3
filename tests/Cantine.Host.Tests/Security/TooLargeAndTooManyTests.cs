using System.Net;
using AngleSharp.Html.Dom;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Security;

/// <summary>
/// "Too large" and "too many attempts" are said as such, not as "Page introuvable" (issue #18, defect 2): the error
/// page is re-executed as the failed request, a POST whose body it cannot read either. Through a real Kestrel, which
/// enforces its body limit (TestServer does not): a 40 MB attachment, a form of 2,500 boxes, and a rate-limited post
/// with an oversized body (which also says when to come back).
/// </summary>
public sealed class TooLargeAndTooManyTests(TooLargeAndTooManyTests.App app) : IClassFixture<TooLargeAndTooManyTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override bool ServeOverHttp => true;

        /// <summary>Two contact messages an hour: the third post is refused before its body is read.</summary>
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimits:ContactMessagesPerHour"] = "2",
        };

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");

        /// <summary>A parent signed in over HTTP, cookies kept, redirects not followed.</summary>
        public async Task<PortalClient> ParentAsync(TestFamily family)
        {
            var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
            {
                BaseAddress = Address,
                Timeout = TimeSpan.FromMinutes(2),
            };
            // As curl does for a large body: the headers first, the body once the server says "100 Continue". A server
            // that answers before reading (413 on Content-Length, 429) is then heard instead of a broken pipe.
            http.DefaultRequestHeaders.ExpectContinue = true;
            var client = new PortalClient(http, Clock);
            await client.SignInGuardianAsync(Town.Slug, family.Guardian.Login);
            return client;
        }
    }

    [Fact]
    public async Task A_40_MB_attachment_gets_the_French_too_large_page()
    {
        using var parent = await app.ParentAsync(app.Town.Family);

        var response = await PostContactAsync(parent, new byte[40 * 1024 * 1024]);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.ReadPageAsync()).Heading().ShouldBe("Envoi trop volumineux");
    }

    [Fact]
    public async Task A_form_of_2500_boxes_gets_a_French_page_that_says_so()
    {
        using var parent = await app.ParentAsync(app.Town.Family);
        var (_, page) = await parent.GetAsync("/lyon/reservations");
        var token = ((IHtmlInputElement)page.QuerySelector($"input[name={Forms.AntiforgeryField}]")!).Value;
        var fields = new List<KeyValuePair<string, string>> { new(Forms.AntiforgeryField, token) };
        fields.AddRange(Enumerable.Range(0, 2500).Select(i => new KeyValuePair<string, string>("Coches", $"x{i}")));

        var response = await parent.Http.PostAsync("/lyon/reservations?jour=2030-09-16", new FormUrlEncodedContent(fields));

        var heading = (await response.ReadPageAsync()).Heading();
        heading.ShouldNotBe("Page introuvable");
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        heading.ShouldBe("Envoi trop volumineux");
    }

    [Fact]
    public async Task A_rate_limited_oversized_upload_gets_the_French_too_many_attempts_page_with_retry_after()
    {
        using var parent = await app.ParentAsync(app.Town.OtherFamily);
        for (var i = 0; i < 2; i++)
        {
            (await PostContactAsync(parent, TestFiles.Menu)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var response = await PostContactAsync(parent, new byte[40 * 1024 * 1024]);

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter.ShouldNotBeNull();
        (await response.ReadPageAsync()).Heading().ShouldBe("Trop de tentatives");
    }

    private static async Task<HttpResponseMessage> PostContactAsync(PortalClient parent, byte[] attachment)
    {
        try
        {
            return await parent.SubmitMultipartAsync("/lyon/contact", new Dictionary<string, string>
            {
                ["Message.Objet"] = "Certificat",
                ["Message.Texte"] = "Voici le certificat.",
            }, [new UploadedFile("Message.PieceJointe", "certificat.pdf", attachment)]);
        }
        catch (HttpRequestException e)
        {
            throw new InvalidOperationException("The server closed the connection before answering.", e);
        }
    }
}
