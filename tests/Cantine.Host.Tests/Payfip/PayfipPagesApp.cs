using Cantine.Accounts.Contracts.ChangeOnlinePayment;
using Cantine.Host.Tests.Support;
using Cantine.PayfipSimulator;

namespace Cantine.Host.Tests.Payfip;

/// <summary>
/// A host paying through the PayFiP simulator (real SOAP over loopback; notifications posted into this in-process host),
/// with towns whose invoices are those of <see cref="FacturesTown"/> and online payment on, except Vienne's.
/// </summary>
public class PayfipPagesApp : CantineApp
{
    private PayfipSimulatorServer? _payfip;

    public PayfipSimulatorServer Payfip => _payfip ?? throw new InvalidOperationException("Not started.");

    public SignedInClients Clients { get; private set; } = null!;

    protected override DateTimeOffset StartsAt => TestClock.AtParis(FacturesTown.Today);

    protected override IReadOnlyDictionary<string, string?> Settings =>
        _payfip?.HostSettings ?? new Dictionary<string, string?> { ["Payfip:TimeoutSeconds"] = "10" };

    protected override async Task BeforeHostStartsAsync() => _payfip = await PayfipSimulatorServer.StartAsync();

    protected override async Task SeedAsync()
    {
        Payfip.Follow(Clock);
        Payfip.NotifyThrough(() => Host.Server.CreateHandler());
        Clients = new SignedInClients(this);
        await SeedTownsAsync();
    }

    protected virtual Task SeedTownsAsync() => Task.CompletedTask;

    /// <summary>A town with <see cref="FacturesTown"/>'s invoices, online payment on (client number 012345) unless told otherwise.</summary>
    public async Task<FacturesTown> TownAsync(string slug, bool online = true, string environment = "T")
    {
        var town = await FacturesTown.CreateAsync(this, slug);
        if (online)
        {
            await this.SendTrackedAsync(slug, s => s.Send(new ChangeOnlinePaymentCommand(true, "012345", environment)));
        }

        return town;
    }

    public Task<PortalClient> DurandAsync(FacturesTown town) => Clients.GuardianAsync(town.Town.Slug, town.Town.Family.Guardian);

    public Task<PortalClient> RouxAsync(FacturesTown town) => Clients.GuardianAsync(town.Town.Slug, town.Town.OtherFamily.Guardian);

    public Task<PortalClient> AdministratorAsync(FacturesTown town) => Clients.StaffAsync(town.Town.Slug, town.Town.Administrator);

    /// <summary>
    /// Clicks <c>Payer par CB</c> of <paramref name="invoiceNumber"/> on "Factures" (its form, with its token) and returns
    /// the answer: a 303 to PayFiP's card page, or back to the list.
    /// </summary>
    public static async Task<HttpResponseMessage> PayAsync(PortalClient parent, string slug, string invoiceNumber)
    {
        var (_, page) = await parent.GetAsync($"/{slug}/factures");
        var form = page.QuerySelectorAll("main form[data-pay]").OfType<AngleSharp.Html.Dom.IHtmlFormElement>()
            .Single(f => f.Closest("tr")!.QuerySelector("th")!.TextContent.Contains(invoiceNumber, StringComparison.Ordinal));
        return await parent.PostAsync(form, $"/{slug}/factures", new Dictionary<string, string>());
    }

    /// <summary>Pays <paramref name="invoiceNumber"/> through "Factures" and the simulator's card page, then follows PayFiP's return.</summary>
    public async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page, SimulatedOperation Operation)> PayAndReturnAsync(
        PortalClient parent, string slug, string invoiceNumber, PayfipSimulatedOutcome? outcome)
    {
        var started = await PayAsync(parent, slug, invoiceNumber);
        started.StatusCode.ShouldBe(System.Net.HttpStatusCode.SeeOther);
        var operation = OperationOf(started);
        if (outcome is { } chosen)
        {
            (await Payfip.PayAsync(operation.IdOp, chosen)).ShouldBeTrue();
        }

        var (response, page) = await parent.GetAsync(new Uri(operation.Request.UrlRedirect!).PathAndQuery);
        return (response, page, operation);
    }

    /// <summary>The simulator's operation whose card page <paramref name="started"/> (Payer's 303) sends the browser to.</summary>
    public SimulatedOperation OperationOf(HttpResponseMessage started)
    {
        var location = started.Headers.Location!.OriginalString;
        return Payfip.Ledger.Find(location[(location.IndexOf("?idop=", StringComparison.Ordinal) + 6)..]).ShouldNotBeNull();
    }

    public override async ValueTask DisposeAsync()
    {
        if (Clients is not null)
        {
            await Clients.DisposeAsync();
        }

        await base.DisposeAsync();
        if (_payfip is not null)
        {
            await _payfip.DisposeAsync();
        }
    }
}
