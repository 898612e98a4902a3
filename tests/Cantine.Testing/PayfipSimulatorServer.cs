using System.Net;
using Cantine.PayfipSimulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cantine.Testing;

/// <summary>
/// The local PayFiP simulator (the product's <c>Cantine.PayfipSimulator</c>) served by Kestrel on a loopback port, as the
/// treasury's server is reached: real HTTP, real SOAP. A test host points its <c>Payfip</c> settings at it
/// (<see cref="HostSettings"/>); its clock follows the host's (<see cref="Follow"/>); notifications go over HTTP, or into an
/// in-process host through <see cref="NotifyThrough"/>.
/// </summary>
public sealed class PayfipSimulatorServer : IAsyncDisposable
{
    public const string BasePath = "/simulateur-payfip";

    private readonly WebApplication _app;
    private readonly FollowingClock _clock;

    private PayfipSimulatorServer(WebApplication app, FollowingClock clock, Uri address)
    {
        _app = app;
        _clock = clock;
        Address = address;
    }

    /// <summary>The simulator's base address (e.g. <c>http://127.0.0.1:41234/simulateur-payfip</c>).</summary>
    public Uri Address { get; }

    public PayfipSimulatorLedger Ledger => _app.Services.GetRequiredService<PayfipSimulatorLedger>();

    public PayfipSimulatorOptions Options => _app.Services.GetRequiredService<PayfipSimulatorOptions>();

    public string ServiceUrl => Address + PayfipSimulatorApp.ServicePath;

    public string PaymentPageUrl => Address + PayfipSimulatorApp.CardPagePath;

    /// <summary>The <c>Payfip</c> settings of a host that pays through this simulator.</summary>
    public IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Payfip:ServiceUrl"] = ServiceUrl,
        ["Payfip:PaymentPageUrl"] = PaymentPageUrl,
        ["Payfip:TimeoutSeconds"] = "10",
    };

    public static async Task<PayfipSimulatorServer> StartAsync()
    {
        var clock = new FollowingClock(new TestClock(TestClock.DefaultStart));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddPayfipSimulator();
        var app = builder.Build();
        app.UsePayfipSimulator(BasePath);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PayfipSimulatorServer(app, clock, new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + BasePath));
    }

    /// <summary>The simulator reads <paramref name="clock"/> from now on (the host's test clock).</summary>
    public void Follow(TimeProvider clock) => _clock.Source = clock;

    /// <summary>Notifications go through <paramref name="handler"/> (an in-process host's), not over the network.</summary>
    public void NotifyThrough(Func<HttpMessageHandler> handler) => Options.NotificationHandler = handler;

    /// <summary>Plays the card page without a browser: records <paramref name="outcome"/> and sends its notifications.</summary>
    public Task<bool> PayAsync(string idOp, PayfipSimulatedOutcome outcome) => PayfipSimulatorApp.PayAsync(_app.Services, idOp, outcome);

    /// <summary>The operation created last for an invoice (its <c>refdet</c>: the invoice number's letters and digits).</summary>
    public SimulatedOperation LastFor(string invoiceNumber) =>
        Ledger.LastFor(new string([.. invoiceNumber.Where(char.IsAsciiLetterOrDigit)]))
        ?? throw new InvalidOperationException($"PayFiP has no operation for invoice {invoiceNumber}.");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class FollowingClock(TimeProvider source) : TimeProvider
    {
        public TimeProvider Source { get; set; } = source;

        public override DateTimeOffset GetUtcNow() => Source.GetUtcNow();

        public override TimeZoneInfo LocalTimeZone => Source.LocalTimeZone;
    }
}
