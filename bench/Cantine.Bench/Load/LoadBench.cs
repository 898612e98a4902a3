using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Cantine.Accounts;
using Cantine.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Cantine.Bench.Load;

/// <summary>
/// `./cantine bench` (issue #16): the town at realistic size, the real host in its own process, a real load generator
/// (wrk with Lua scripts), and the baselines in the same run (the plain page, pgbench TPC-B on the same cluster, the raw
/// PBKDF2 hasher), printed as one table of ratios against the issue's goals. Not a test: figures depend on the machine;
/// the goals are ratios measured in one run so that they mean the same on a faster or a busier box.
/// </summary>
public static partial class LoadBench
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        var families = Number(args, "--families", 20_000);
        var children = Number(args, "--children", 30_000);
        var seconds = Number(args, "--seconds", 15);
        var valider = Number(args, "--valider-connections", 32);
        var profile = args.Contains("--profile");
        var hostDll = Environment.GetEnvironmentVariable("CANTINE_HOST_DLL") ?? throw new InvalidOperationException("CANTINE_HOST_DLL is not set: run ./cantine bench.");
        var pgbench = Environment.GetEnvironmentVariable("CANTINE_PGBENCH") ?? "pgbench";
        var lua = Environment.GetEnvironmentVariable("CANTINE_BENCH_LUA") ?? throw new InvalidOperationException("CANTINE_BENCH_LUA is not set: run ./cantine bench.");
        var work = Environment.GetEnvironmentVariable("CANTINE_BENCH_WORK") ?? Path.Combine(Path.GetTempPath(), "cantine-bench");
        Directory.CreateDirectory(work);
        var total = Stopwatch.StartNew();
        void Say(string line) => Console.WriteLine($"[{total.Elapsed:mm\\:ss}] {line}");

        // 1. The town, seeded in a product host of this process (then left in its database for the real host).
        var iterations = new AccountsOptions().PasswordHashIterations;
        var seedApp = new SeedingApp(DateTimeOffset.UtcNow, iterations);
        await ((Xunit.IAsyncLifetime)seedApp).InitializeAsync();
        var database = seedApp.Database.ConnectionString;
        var town = await BenchTown.CreateAsync(seedApp, families, children, valider, Say);
        await seedApp.DetachAsync();

        // Statistics, as autovacuum gathers them within minutes of a bulk load: without them the planner reads the
        // booking page's other-families documents by scanning the town's (measured: 40 instead of 500 pages a second).
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var analyze = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 600 };
            await analyze.ExecuteNonQueryAsync();
        }
        var results = new Results { Town = town, Families = families, Children = children, Seconds = seconds, Iterations = iterations };

        // 2. The host as configured in production but for a sign-in limit of 5 a minute (the product's 30 would need more
        // attempts than PBKDF2 lets through in a few seconds): P6's cold start, and P3's "beyond the limit, 429s, never
        // time-outs".
        await using (var host = await HostProcess.StartAsync(hostDll, database, work, new Dictionary<string, string>
        {
            ["RateLimits__SignInPerMinute"] = "5",
        }))
        {
            results.ColdStart = host.ColdStart;
            Say($"Cold start (product's limits): first 200 after {host.ColdStart.TotalSeconds:N2} s");
            var form = await SignInFormAsync(host.Address, [town.Town.Town.Family.Guardian.Login], work);
            results.Limited = await Wrk.RunAsync(lua, "signin.lua", host.Address, 2, 8, 10, [form.BodyFile, form.Path, form.Cookie]);
            Say($"Sign-in beyond the limit: {results.Limited.Summary}");
        }

        // 3. The host with the rate limits out of the way: the pages, Valider, sign-in throughput, memory.
        await using (var host = await HostProcess.StartAsync(hostDll, database, work, new Dictionary<string, string>
        {
            ["RateLimits__SignInPerMinute"] = "100000000",
        }))
        {
            results.ColdStartWarmCache = host.ColdStart;
            var parent = await GuardianAsync(host.Address, town.Town.Town.Family.Guardian.Login);
            var staff = await StaffAsync(host.Address, town.Town.Town.Administrator.Login);
            var pages = new (string Name, string Path, string Cookie)[]
            {
                ("/ (plain page)", "/", ""),
                ("Réservations (3 children, a month)", $"/{BenchTown.Slug}/reservations?jour={town.OpenMonth:yyyy-MM-dd}", parent),
                ("Présences", $"/{BenchTown.Slug}/presences", parent),
                ("Factures", $"/{BenchTown.Slug}/factures", parent),
                ("Agent's attendance sheet", $"/{BenchTown.Slug}/admin/pointage/feuille?jour={town.SheetDay:yyyy-MM-dd}&service={town.Town.FirstService}&ecole={Uri.EscapeDataString("École A")}", staff),
            };

            // Two rounds, alternating, after a warm-up: the second round is the figure.
            using (var http = new HttpClient { BaseAddress = host.Address })
            {
                foreach (var (name, path, cookie) in pages)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, path);
                    request.Headers.TryAddWithoutValidation("Cookie", cookie);
                    using var response = await http.SendAsync(request);
                    Say($"{name}: {(int)response.StatusCode}, {(await response.Content.ReadAsByteArrayAsync()).Length:N0} bytes of HTML");
                }
            }

            foreach (var (_, path, cookie) in pages)
            {
                await Wrk.RunAsync(lua, "get.lua", new Uri(host.Address, path), 1, 16, 3, [], cookie);
            }

            for (var round = 0; round < 2; round++)
            {
                foreach (var (name, path, cookie) in pages)
                {
                    var run = await Wrk.RunAsync(lua, "get.lua", new Uri(host.Address, path), 1, 16, seconds, [], cookie);
                    results.Pages[name] = run;
                    Say($"{name}: {run.Summary}");
                }

                results.Memory = host.ResidentMegabytes();
            }

            Say($"Resident memory after the page loads: {results.Memory.Now:N0} MB (peak {results.Memory.Peak:N0} MB)");
            if (profile)
            {
                await ProfileAsync(host, lua, work, pages[1].Path, pages[1].Cookie, seconds, Say);
            }

            // P2: Valider, one parent per connection, each on a month of their own.
            results.Valider = await ValiderAsync(host.Address, lua, work, town, seconds, Say);

            // P3: sign-in throughput against the raw hasher, four parents at a time, each thread its own parent.
            var form = await SignInFormAsync(host.Address, town.ValiderLogins, work);
            results.SignIn = await Wrk.RunAsync(lua, "signin.lua", host.Address, 4, 4, seconds, [form.BodyFile, form.Path, form.Cookie]);
            Say($"Sign-in: {results.SignIn.Summary}");
        }

        // 4. Baselines on the same machine and the same cluster.
        results.Hasher = RawHasherRate(iterations, TimeSpan.FromSeconds(seconds));
        Say($"Raw PBKDF2 hasher ({iterations:N0} iterations, {Environment.ProcessorCount} threads): {results.Hasher:N1} /s");
        results.PgbenchTps = await PgbenchAsync(pgbench, database, seconds, work, Say);

        Console.WriteLine();
        Console.WriteLine(results.Table());
        await File.WriteAllTextAsync(Path.Combine(work, "bench-table.md"), results.Table());
        return 0;
    }

    /// <summary>
    /// `--profile`: dotnet-trace's CPU sampling of the host while wrk loads the booking page, then the methods most often
    /// on the stack (exclusive and inclusive); the trace stays in the work folder for PerfView or speedscope.
    /// </summary>
    private static async Task ProfileAsync(HostProcess host, string lua, string work, string path, string cookie, int seconds, Action<string> say)
    {
        var trace = Path.Combine(work, "booking-page.nettrace");
        var tool = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-trace");
        tool = File.Exists(tool) ? tool : "dotnet-trace";
        var duration = TimeSpan.FromSeconds(seconds);
        var collect = Processes.RunAsync(tool, ["collect", "-p", host.Id.ToString(Invariant), "--profile", "dotnet-sampled-thread-time", "--duration", duration.ToString(@"dd\:hh\:mm\:ss", Invariant), "-o", trace], work);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var run = await Wrk.RunAsync(lua, "get.lua", new Uri(host.Address, path), 1, 16, seconds, [], cookie);
        await collect;
        say($"Profiled {path}: {run.Summary}; trace {trace}");
        Console.WriteLine(await Processes.RunAsync(tool, ["report", trace, "topN", "-n", "40"], work));
        Console.WriteLine(await Processes.RunAsync(tool, ["report", trace, "topN", "-n", "60", "--inclusive"], work));
    }

    private static async Task<ValiderRun> ValiderAsync(Uri address, string lua, string work, BenchTown town, int seconds, Action<string> say)
    {
        var folder = Path.Combine(work, "valider");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var lines = new List<string>();
        var clients = new List<PortalClient>();
        var page = $"/{BenchTown.Slug}/reservations?jour={town.OpenMonth:yyyy-MM-dd}";
        foreach (var (login, index) in town.ValiderLogins.Select((l, i) => (l, i)))
        {
            var (client, cookies) = await SignedInClientAsync(address, login);
            (await client.GetAsync(page)).Response.StatusCode.ShouldBeOk(page);
            clients.Add(client);
            lines.Add($"{cookies.GetCookieHeader(address)}\t{page}\t{Path.Combine(folder, $"thread-{index + 1:00}")}");
        }

        var threads = Path.Combine(folder, "threads.txt");
        await File.WriteAllLinesAsync(threads, lines);
        var run = await Wrk.RunAsync(lua, "valider.lua", address, lines.Count, lines.Count, seconds, [threads]);

        // Every acknowledged state is in the database (or the state of the POST cut by the end of the run).
        var posts = new List<(int Status, double Ms)>();
        var lost = 0;
        for (var i = 0; i < clients.Count; i++)
        {
            var prefix = Path.Combine(folder, $"thread-{i + 1:00}");
            posts.AddRange(File.ReadLines(prefix + ".log").Where(l => !l.StartsWith("GET", StringComparison.Ordinal))
                .Select(l => l.Split(' ')).Select(p => (int.Parse(p[0], Invariant), double.Parse(p[1], Invariant))));
            if (!File.Exists(prefix + ".state"))
            {
                throw new InvalidOperationException($"{town.ValiderLogins[i]} never read its booking page: see {prefix}.log and {prefix}.body.");
            }

            var state = File.ReadAllLines(prefix + ".state");
            var (_, shown) = await clients[i].GetAsync(state[0]);
            var inDatabase = string.Join(",", Ticked(shown).Order(StringComparer.Ordinal));
            if (inDatabase != state[1] && !(state.Length > 2 && inDatabase == state[2]))
            {
                lost++;
                say($"  {town.ValiderLogins[i]}: acknowledged [{state[1]}] but the page shows [{inDatabase}]");
            }
        }

        foreach (var client in clients)
        {
            client.Dispose();
        }

        var result = new ValiderRun(run, posts, lost, seconds);
        say($"Valider: {result.Summary}");
        return result;
    }

    private static IEnumerable<string> Ticked(IHtmlDocument page) =>
        page.QuerySelectorAll("input[name='Coches']").OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" || i.IsChecked).Select(i => i.Value);

    private static async Task<string> GuardianAsync(Uri address, string login)
    {
        var (client, cookies) = await SignedInClientAsync(address, login);
        client.Dispose();
        return cookies.GetCookieHeader(address);
    }

    private static async Task<(PortalClient Client, CookieContainer Cookies)> SignedInClientAsync(Uri address, string login)
    {
        var cookies = new CookieContainer();
        var client = Client(address, cookies);
        await client.SignInGuardianAsync(BenchTown.Slug, login);
        return (client, cookies);
    }

    private static async Task<string> StaffAsync(Uri address, string login)
    {
        var cookies = new CookieContainer();
        // SignInStaffAsync types the code the authenticator shows half a minute after the client's clock: now.
        using var client = Client(address, cookies, DateTimeOffset.UtcNow.AddSeconds(-30));
        await client.SignInStaffAsync(BenchTown.Slug, login);
        return cookies.GetCookieHeader(address);
    }

    private static PortalClient Client(Uri address, CookieContainer cookies, DateTimeOffset? clock = null) =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = address },
            new TestClock(clock ?? DateTimeOffset.UtcNow));

    /// <summary>The portal's sign-in form filled in for each login (one body per line), with its antiforgery token and cookie, for wrk to post again and again.</summary>
    private static async Task<(string BodyFile, string Path, string Cookie)> SignInFormAsync(Uri address, IReadOnlyList<string> logins, string work)
    {
        var cookies = new CookieContainer();
        using var client = Client(address, cookies);
        var (_, page) = await client.GetAsync($"/{BenchTown.Slug}");
        var form = PortalClient.MainForm(page, $"/{BenchTown.Slug}", "handler=Connexion");
        var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name) && i.Type == "hidden")
            .Select(i => (i.Name!, i.Value)).ToList();
        var bodies = logins.Select(login => string.Join("&", fields.Append(("Connexion.Login", login)).Append(("Connexion.MotDePasse", TestTown.Password))
            .Select(f => $"{Uri.EscapeDataString(f.Item1)}={Uri.EscapeDataString(f.Item2)}")));
        var file = Path.Combine(work, "signin-bodies.txt");
        await File.WriteAllLinesAsync(file, bodies);
        var action = new Uri(address, form.GetAttribute("action") ?? $"/{BenchTown.Slug}");
        return (file, action.PathAndQuery, cookies.GetCookieHeader(address));
    }

    /// <summary>ASP.NET Core Identity's PBKDF2 hasher alone, at the product's iterations, on every core: verifications per second.</summary>
    private static double RawHasherRate(int iterations, TimeSpan during)
    {
        var hasher = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
            IterationCount = iterations,
        }));
        var hash = hasher.HashPassword(new object(), TestTown.Password);
        long count = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, Environment.ProcessorCount, _ =>
        {
            while (clock.Elapsed < during)
            {
                if (hasher.VerifyHashedPassword(new object(), hash, TestTown.Password) != PasswordVerificationResult.Success)
                {
                    throw new InvalidOperationException("The hasher refused its own hash.");
                }

                Interlocked.Increment(ref count);
            }
        });
        return count / clock.Elapsed.TotalSeconds;
    }

    /// <summary>pgbench's TPC-B-like transaction on a database of its own in the same cluster, 32 clients.</summary>
    private static async Task<double> PgbenchAsync(string pgbench, string connectionString, int seconds, string work, Action<string> say)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP DATABASE IF EXISTS bench_pgbench WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE bench_pgbench", connection);
            await create.ExecuteNonQueryAsync();
        }

        string[] target = ["-h", server.Host!, "-p", server.Port.ToString(Invariant), "-U", server.Username ?? "postgres"];
        await Processes.RunAsync(pgbench, [.. target, "-i", "-q", "-s", "10", "bench_pgbench"], work);
        var output = await Processes.RunAsync(pgbench, [.. target, "-c", "32", "-j", "2", "-T", seconds.ToString(Invariant), "bench_pgbench"], work);
        var tps = TpsPattern().Match(output);
        if (!tps.Success)
        {
            throw new InvalidOperationException("pgbench printed no tps:\n" + output);
        }

        var value = double.Parse(tps.Groups[1].Value, Invariant);
        say($"pgbench TPC-B, 32 clients, scale 10: {value:N0} tps");
        return value;
    }

    private static int Number(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], Invariant) : fallback;
    }

    private static void ShouldBeOk(this HttpStatusCode status, string url)
    {
        if (status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{url} answered {(int)status}.");
        }
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsPattern();

    /// <summary>A product host in this process that seeds the bench's town and then leaves its database in place.</summary>
    private sealed class SeedingApp(DateTimeOffset startsAt, int iterations) : CantineApp
    {
        protected override DateTimeOffset StartsAt => startsAt;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            // The product's iterations, so that the sign-in the bench measures verifies what production verifies.
            ["Accounts:PasswordHashIterations"] = iterations.ToString(Invariant),
        };

        /// <summary>Stops the host without dropping its database.</summary>
        public async Task DetachAsync() => await Host.DisposeAsync();
    }
}
