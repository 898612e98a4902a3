using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;

namespace Cantine.Testing;

/// <summary>
/// One booted product: its own PostgreSQL database, a real SMTP server, Wolverine in solo mode, Hangfire without its
/// server (tests call jobs; one test proves the real pipeline) unless a class asks for <see cref="ProductionRuntime"/>, and
/// the product's clock set by the tests. Test classes
/// borrow it through <see cref="CantineApp"/>; a shared one is wiped between classes (<see cref="ResetAsync"/>).
/// </summary>
public sealed class CantineHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Func<string, string> _connect;

    static CantineHost()
    {
        // RunJasperFxCommands would otherwise leave the factory's host unstarted (STACK-NOTES).
        JasperFxEnvironment.AutoStartHost = true;
    }

    /// <summary>The tests' own setting (not the product's): "Balanced" runs Wolverine as production does instead of solo.</summary>
    public const string DurabilityModeSetting = "Testing:WolverineDurability";

    /// <summary>
    /// What a production instance runs and the other test hosts leave out (issue #18, ADR 0039): Wolverine's durability in
    /// its normal <see cref="DurabilityMode.Balanced"/> mode (node registration, leader election, agents assigned across
    /// the nodes of one database) and a Hangfire server polling every second. Only the classes that pass these settings pay
    /// for them; every other host stays solo and serverless.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> ProductionRuntime { get; } = new Dictionary<string, string?>
    {
        [DurabilityModeSetting] = nameof(DurabilityMode.Balanced),
        ["Hangfire:Server"] = "true",
        ["Hangfire:PollSeconds"] = "1",
    };

    /// <summary>
    /// Wolverine's production periods are tens of seconds (health checks, agent assignment, stale nodes); tests shorten
    /// them so a node that stops is noticed, ejected and its envelopes taken over within seconds. The product keeps the defaults.
    /// </summary>
    private static void ShortenBalancedIntervals(WolverineOptions options)
    {
        var durability = options.Durability;
        durability.Mode = DurabilityMode.Balanced;
        durability.FirstHealthCheckExecution = TimeSpan.FromMilliseconds(200);
        durability.HealthCheckPollingTime = TimeSpan.FromSeconds(1);
        durability.StaleNodeTimeout = TimeSpan.FromSeconds(3);
        durability.CheckAssignmentPeriod = TimeSpan.FromSeconds(1);
        durability.FirstNodeReassignmentExecution = TimeSpan.FromMilliseconds(500);
        durability.NodeReassignmentPollingTime = TimeSpan.FromSeconds(1);
        durability.ScheduledJobFirstExecution = TimeSpan.FromMilliseconds(200);
        durability.ScheduledJobPollingTime = TimeSpan.FromSeconds(1);
        durability.OrphanedMessageSweepPollingTime = TimeSpan.FromSeconds(1);
    }

    private CantineHost(TestDatabase database, DateTimeOffset startsAt, IReadOnlyDictionary<string, string?> settings, Func<string, string>? connect)
    {
        Database = database;
        Clock = new TestClock(startsAt);
        _settings = settings;
        _connect = connect ?? (cs => cs);
    }

    public TestDatabase Database { get; }

    public TestSmtpServer Smtp { get; } = new();

    public TestClock Clock { get; }

    /// <summary>The browser-reachable address when served over HTTP (Kestrel on a loopback port).</summary>
    public Uri? Address { get; private set; }

    /// <param name="connect">How the product reaches its database (a relay a test can cut: <see cref="PostgresOutage"/>).</param>
    public static async Task<CantineHost> StartAsync(
        DateTimeOffset startsAt, IReadOnlyDictionary<string, string?> settings, bool serveOverHttp, Func<string, string>? connect = null)
    {
        var host = new CantineHost(await TestDatabase.CreateAsync(), startsAt, settings, connect);
        if (serveOverHttp)
        {
            host.UseKestrel(0);
            host.StartServer();
            var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            host.Address = new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
        else
        {
            _ = host.Server;
        }

        return host;
    }

    /// <summary>
    /// Makes a used host look freshly booted to the next test class: waits for the messages still travelling, empties
    /// the product's tables (not Marten's id blocks, Wolverine's and Hangfire's bookkeeping or the Data Protection keys,
    /// which the running host holds in memory), forgets the cached structures and the e-mails received, and puts the
    /// clock back to <paramref name="startsAt"/>.
    /// </summary>
    public async Task ResetAsync(DateTimeOffset startsAt)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await WaitForMessagesAsync(connection);
        await using (var truncate = new NpgsqlCommand(Truncate, connection))
        {
            await truncate.ExecuteNonQueryAsync();
        }

        if (Services.GetService<IMemoryCache>() is MemoryCache cache)
        {
            cache.Clear();
        }

        Smtp.Clear();
        Clock.AutoAdvanceAmount = TimeSpan.Zero;
        Clock.Set(startsAt);
    }

    private const string Truncate = """
        DO $$
        DECLARE tables text;
        BEGIN
          SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') INTO tables
          FROM pg_tables WHERE schemaname = 'cantine' AND tablename <> 'mt_hilo';
          IF tables IS NOT NULL THEN EXECUTE 'TRUNCATE ' || tables; END IF;
        END $$;
        """;

    /// <summary>Waits (10 s at most) until Wolverine holds no message still to handle or send, so none lands in the next class.</summary>
    private static async Task WaitForMessagesAsync(NpgsqlConnection connection)
    {
        const string pending = """
            SELECT (SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE status = 'Incoming')
                 + (SELECT count(*) FROM wolverine.wolverine_outgoing_envelopes)
            """;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await using var count = new NpgsqlCommand(pending, connection);
            try
            {
                if ((long)(await count.ExecuteScalarAsync())! == 0)
                {
                    return;
                }
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Stops the host, its SMTP server, and drops its database.</summary>
    public async Task StopAsync()
    {
        await DisposeAsync();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Cantine"] = _connect(Database.ConnectionString),
            ["Hangfire:Server"] = "false",
            ["Cantine:SeedDemo"] = "false",
            ["Accounts:PasswordHashIterations"] = "1000",
            // Never reached by the tests that share a host: the limits' own tests set theirs.
            ["RateLimits:SignInPerMinute"] = "100000",
            ["RateLimits:PasswordEmailsPerHour"] = "100000",
            // Tests move the clock by days with signed-in clients; the session time limit's own tests set theirs (ADR 0032).
            ["Sessions:IdleTimeout"] = "30.00:00:00",
            ["Messaging:PublicBaseUrl"] = "http://cantine.test",
            ["Messaging:Smtp:Host"] = "127.0.0.1",
            ["Messaging:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging:Smtp:Security"] = "None",
            ["Messaging:Smtp:FromAddress"] = "ne-pas-repondre@cantine.test",
        };
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            if (settings.GetValueOrDefault(DurabilityModeSetting) == nameof(DurabilityMode.Balanced))
            {
                services.ConfigureWolverine(ShortenBalancedIntervals);
            }
            else
            {
                services.UseWolverineSoloMode();
            }
        });
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
