using Cantine.BuildingBlocks.Tenancy;
using Mediator;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Cantine.Testing;

/// <summary>
/// The whole product in-process for one test class (a <see cref="CantineHost"/>: PostgreSQL, a real SMTP server,
/// Wolverine in solo mode, Hangfire without its server, the clock set by the test). A class with the common settings
/// borrows a shared host, wiped for it, that other classes used before it and will use after it (ADR 0025): a
/// database as fresh as its own, at a fraction of a boot. A class with its own <see cref="Settings"/>, served over
/// HTTP, or that says so (<see cref="SharesHost"/>) boots a host of its own.
/// </summary>
public class CantineApp : IAsyncLifetime
{
    private CantineHost? _host;
    private bool _returned;

    protected CantineHost Host => _host ?? throw new InvalidOperationException("Not initialised.");

    public TestDatabase Database => Host.Database;

    public TestSmtpServer Smtp => Host.Smtp;

    /// <summary>
    /// The host's <see cref="TimeProvider"/>: it stands still unless the test moves it (<c>Advance</c>, <see cref="TestClock.Set"/>,
    /// <see cref="TestClock.SetParisTime"/>). It shows <see cref="StartsAt"/> when the class starts.
    /// </summary>
    public TestClock Clock => Host.Clock;

    public IServiceProvider Services => Host.Services;

    /// <summary>The instant the clock shows when the class starts; a class overrides it to run at another date.</summary>
    protected virtual DateTimeOffset StartsAt => TestClock.DefaultStart;

    /// <summary>The browser-reachable address when <see cref="ServeOverHttp"/> is on.</summary>
    public Uri? Address => Host.Address;

    /// <summary>Kestrel on a loopback port instead of TestServer, for browser tests (a host of the class's own).</summary>
    protected virtual bool ServeOverHttp => false;

    /// <summary>Per-class settings (e.g. low rate limits, the Hangfire server on): a host of the class's own.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>How the product reaches its database: directly, or through a relay the class can cut (<see cref="PostgresOutage"/>).</summary>
    protected virtual Func<string, string>? Connect => null;

    /// <summary>Whether the class borrows a shared host; a class that needs a host no other class touched says no.</summary>
    protected virtual bool SharesHost => Settings.Count == 0 && !ServeOverHttp && Connect is null;

    public async Task InitializeAsync()
    {
        await BeforeHostStartsAsync();
        _host = SharesHost ? await SharedHosts.BorrowAsync(StartsAt) : await CantineHost.StartAsync(StartsAt, Settings, ServeOverHttp, Connect);
        await SeedAsync();
        await WarmUpAsync();
    }

    /// <summary>
    /// Serves a first page before the tests start (JIT, first Razor view, first Wolverine message), so that a
    /// browser's first navigation does not pay for it on a loaded machine.
    /// </summary>
    protected virtual async Task WarmUpAsync()
    {
        if (Address is null)
        {
            return;
        }

        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        (await http.GetAsync("/")).EnsureSuccessStatusCode();
        (await http.GetAsync("/health/ready")).EnsureSuccessStatusCode();
    }

    /// <summary>What must run before the host boots (a server its <see cref="Settings"/> point at).</summary>
    protected virtual Task BeforeHostStartsAsync() => Task.CompletedTask;

    /// <summary>Data the test class needs, created through the real commands once the host runs.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Gives a shared host back (the next class wipes it) or stops the class's own.</summary>
    public virtual async ValueTask DisposeAsync()
    {
        if (_host is null || _returned)
        {
            return;
        }

        _returned = true;
        if (SharesHost)
        {
            SharedHosts.GiveBack(_host);
        }
        else
        {
            await _host.StopAsync();
        }
    }

    /// <summary>Sends a command or query in a scope bound to <paramref name="tenant"/>, as a request would.</summary>
    public async Task<T> SendAsync<T>(string tenant, Func<ISender, ValueTask<T>> send)
    {
        await using var scope = Services.GetRequiredService<TenantScopeFactory>().Create(tenant);
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    public HttpClient CreateClient(WebApplicationFactoryClientOptions options) => Host.CreateClient(options);

    public HttpClient CreateClient() => Host.CreateClient();

    /// <summary>A client whose cookies live in <paramref name="cookies"/> (to copy a session between clients).</summary>
    public PortalClient CreatePortalClient(System.Net.CookieContainer cookies) =>
        new(Host.CreateDefaultClient(new Uri("http://localhost"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies)), Clock);

    /// <summary>A client that keeps cookies and does not follow redirects (to assert them).</summary>
    public PortalClient CreatePortalClient() =>
        new(Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), Clock);
}
