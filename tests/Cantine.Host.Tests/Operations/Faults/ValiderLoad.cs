using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Cantine.Host.Tests.Reservations;

namespace Cantine.Host.Tests.Operations.Faults;

/// <summary>
/// Parents pressing <c>Valider</c> on one week while something fails (ADR 0038): each family signed in with a client of
/// its own; every exchange recorded (when, what answered it, which instance); a <c>Valider</c> that is not answered 302
/// is sent again as it was (same submission, version and token: a parent pressing the button again) until it is.
/// </summary>
public sealed class ValiderLoad(Uri address, string slug, DateOnly week, TestClock clock) : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private PortalClient[] _clients = [];

    /// <summary>One HTTP exchange: when it started and ended (ms after the load began), its status (0: no answer), and its outcome.</summary>
    public sealed record Exchange(string Method, int Family, double Started, double Ended, int Status, string? Instance, string? Body);

    public string Url => $"/{slug}/reservations?jour={week:yyyy-MM-dd}";

    public ConcurrentBag<Exchange> Exchanges { get; } = [];

    /// <summary>Every submission answered 302, with its family and what it ticked.</summary>
    public ConcurrentDictionary<Guid, (int Family, IReadOnlyList<string> Ticked)> Acknowledged { get; } = new();

    /// <summary>What each family's last acknowledged <c>Valider</c> ticked.</summary>
    public ConcurrentDictionary<int, IReadOnlyList<string>> LastSaved { get; } = new();

    /// <summary>Milliseconds since the load began.</summary>
    public double Now => _elapsed.Elapsed.TotalMilliseconds;

    public async Task SignInAsync(IReadOnlyList<FaultFamily> families) =>
        _clients = await Task.WhenAll(families.Select(async f =>
        {
            var client = new PortalClient(new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            {
                BaseAddress = address,
                Timeout = TimeSpan.FromSeconds(20),
            }, clock);
            await client.SignInGuardianAsync(slug, f.Login);
            return client;
        }));

    /// <summary>A GET recorded as an exchange; null when it did not answer 200.</summary>
    public async Task<IHtmlDocument?> ReadAsync(int family, string url)
    {
        var (response, _) = await SendAsync("GET", family, () => _clients[family].Http.GetAsync(url));
        return response?.StatusCode == HttpStatusCode.OK ? Parser.ParseDocument(await response.Content.ReadAsStringAsync()) : null;
    }

    /// <summary>
    /// Loads the week (again until it answers), ticks the half of its four days that <paramref name="round"/> says (each
    /// round the other half: every <c>Valider</c> changes something) and sends the form until it is answered 302.
    /// </summary>
    public async Task ValiderAsync(int family, int round, Action? acknowledged = null)
    {
        IHtmlDocument? page;
        while ((page = await ReadAsync(family, Url)) is null)
        {
            await Task.Delay(100);
        }

        var submission = Guid.Parse(((IHtmlInputElement)page.QuerySelector("input[name=SubmissionId]")!).Value);
        var boxes = page.QuerySelectorAll("table.booking input[type=checkbox]").OfType<IHtmlInputElement>().Where(b => !b.IsDisabled).Select(b => b.Value).ToList();
        boxes.Count.ShouldBe(4, "the child's four opening days at lunch");
        IReadOnlyList<string> ticked = boxes.Where((_, i) => (i + round + family) % 2 == 0).ToList();
        for (var attempt = 0; ; attempt++)
        {
            attempt.ShouldBeLessThan(100, $"the Valider of family {family}, round {round}, was never acknowledged");
            var (response, exchange) = await SendAsync("POST", family, () => BookingForm.SubmitAsync(_clients[family], page, ticked));
            if (response?.StatusCode == HttpStatusCode.Redirect)
            {
                Acknowledged[submission] = (family, ticked);
                LastSaved[family] = ticked;
                acknowledged?.Invoke();
                return;
            }

            // Anything but the French 503 (or no answer at all) is a failure of the test, not a fault it tolerates.
            exchange.Status.ShouldBeOneOf([0, 503], $"family {family}, round {round}: {exchange.Body}");
            await Task.Delay(200);
        }
    }

    /// <summary>
    /// Every acknowledged <c>Valider</c> is in the event store exactly once and nothing else is; each family's week, read
    /// back through the pages, is what its last acknowledged <c>Valider</c> ticked.
    /// </summary>
    public async Task ShouldAllBeStoredAsync(ProcessFaultApp app, int expected)
    {
        var stored = (await app.RowsAsync("SELECT data->>'submissionId' FROM cantine.mt_events WHERE type = 'bookings_submitted'"))
            .Select(r => Guid.Parse((string)r[0])).ToList();
        Acknowledged.Count.ShouldBe(expected);
        stored.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("a submission stored twice");
        stored.ShouldBe(Acknowledged.Keys, ignoreOrder: true, "the acknowledged submissions, and only them, are stored");
        foreach (var (family, ticked) in LastSaved)
        {
            IHtmlDocument? page;
            while ((page = await ReadAsync(family, Url)) is null)
            {
                await Task.Delay(100);
            }

            BookingForm.Ticked(page).ShouldBe(ticked, ignoreOrder: true, $"family {family}");
        }
    }

    /// <summary>A report of the exchanges that failed, for an assertion's message.</summary>
    public static string Report(IEnumerable<Exchange> failed) =>
        string.Join('\n', failed.Select(f => $"{f.Method} family {f.Family} {f.Started:N0}–{f.Ended:N0} ms: {f.Status} {f.Body?[..Math.Min(f.Body.Length, 160)]}"));

    private async Task<(HttpResponseMessage? Response, Exchange Exchange)> SendAsync(string method, int family, Func<Task<HttpResponseMessage>> send)
    {
        var started = Now;
        try
        {
            var response = await send();
            var instance = response.Headers.TryGetValues("X-Cantine-Instance", out var values) ? values.Single().Split(',').Last().Trim() : null;
            var body = (int)response.StatusCode >= 400 ? await response.Content.ReadAsStringAsync() : null;
            if ((int)response.StatusCode >= 400)
            {
                body += $"\nRetry-After: {response.Headers.RetryAfter?.Delta?.TotalSeconds}";
            }

            var exchange = new Exchange(method, family, started, Now, (int)response.StatusCode, instance, body);
            Exchanges.Add(exchange);
            return (response, exchange);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            var exchange = new Exchange(method, family, started, Now, 0, null, e.Message);
            Exchanges.Add(exchange);
            return (null, exchange);
        }
    }

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }
}
