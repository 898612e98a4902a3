using Cantine.BuildingBlocks.Tenancy;
using JasperFx.CommandLine;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Xunit;

namespace Cantine.Testing;

/// <summary>
/// The whole product in-process for one test class: its own PostgreSQL database, a real SMTP server,
/// Wolverine in solo mode, Hangfire without its server (tests call jobs; one test proves the real pipeline), and
/// the product's clock set by the test (<see cref="Clock"/>): the suite never depends on the day it runs.
/// </summary>
public class CantineApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;
    private TestClock? _clock;

    static CantineApp()
    {
        // RunJasperFxCommands would otherwise leave the factory's host unstarted (STACK-NOTES).
        JasperFxEnvironment.AutoStartHost = true;
    }

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    public TestSmtpServer Smtp { get; } = new();

    /// <summary>
    /// The host's <see cref="TimeProvider"/>: it stands still unless the test moves it (<c>Advance</c>, <see cref="TestClock.Set"/>,
    /// <see cref="TestClock.SetParisTime"/>). It starts at <see cref="StartsAt"/>.
    /// </summary>
    public TestClock Clock => _clock ??= new TestClock(StartsAt);

    /// <summary>The instant the clock shows when the host starts; a class overrides it to run at another date.</summary>
    protected virtual DateTimeOffset StartsAt => TestClock.DefaultStart;

    /// <summary>The browser-reachable address when <see cref="ServeOverHttp"/> is on.</summary>
    public Uri? Address { get; private set; }

    /// <summary>Kestrel on a loopback port instead of TestServer, for browser tests.</summary>
    protected virtual bool ServeOverHttp => false;

    /// <summary>Per-class settings (e.g. low rate limits, the Hangfire server on).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        if (ServeOverHttp)
        {
            UseKestrel(0);
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Address = new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
        else
        {
            _ = Server;
        }

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

    /// <summary>Data the test class needs, created through the real commands once the host runs.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Smtp.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Cantine"] = Database.ConnectionString,
            ["Hangfire:Server"] = "false",
            ["Cantine:SeedDemo"] = "false",
            ["Accounts:PasswordHashIterations"] = "1000",
            ["RateLimits:SignInPerMinute"] = "1000",
            ["RateLimits:PasswordEmailsPerHour"] = "1000",
            ["Messaging:PublicBaseUrl"] = "http://cantine.test",
            ["Messaging:Smtp:Host"] = "127.0.0.1",
            ["Messaging:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging:Smtp:Security"] = "None",
            ["Messaging:Smtp:FromAddress"] = "ne-pas-repondre@cantine.test",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.UseWolverineSoloMode());
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Sends a command or query in a scope bound to <paramref name="tenant"/>, as a request would.</summary>
    public async Task<T> SendAsync<T>(string tenant, Func<ISender, ValueTask<T>> send)
    {
        await using var scope = Services.GetRequiredService<TenantScopeFactory>().Create(tenant);
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    /// <summary>A client whose cookies live in <paramref name="cookies"/> (to copy a session between clients).</summary>
    public PortalClient CreatePortalClient(System.Net.CookieContainer cookies) =>
        new(CreateDefaultClient(new Uri("http://localhost"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies)), Clock);

    /// <summary>A client that keeps cookies and does not follow redirects (to assert them).</summary>
    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), Clock);
}
