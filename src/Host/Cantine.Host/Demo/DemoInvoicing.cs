using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.GetTariffs;
using Cantine.Invoicing.Contracts.RecordQuotient;
using Cantine.Invoicing.Contracts.SetPriceBrackets;
using Cantine.Host.Pages.Reservations;
using Mediator;

namespace Cantine.Host.Demo;

/// <summary>
/// The demo town's invoicing (issue #14): the first service priced by quotient familial from this month on, and two
/// families' quotients for the school year (the Dubois family has none: the batch preview flags it). Last month is left
/// to invoice: an administrator previews and issues it from "Facturation › Émission des factures".
/// </summary>
public static class DemoInvoicing
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task SeedAsync(TenantScopeFactory scopes, TimeProvider clock, Guid martin, Guid bernard, CancellationToken ct)
    {
        var today = ReservationsFormat.Today(clock);
        var firstService = await FirstServiceAsync(scopes, ct);
        await SendAsync(scopes, async s => Ok(await s.Send(new SetPriceBracketsCommand(
            firstService, new DateOnly(today.Year, today.Month, 1),
            [new PriceBracketInput(500, 210), new PriceBracketInput(900, 280), new PriceBracketInput(null, 320)]), ct)));

        var schoolYear = new DateOnly(today.Month >= 8 ? today.Year : today.Year - 1, 9, 1);
        foreach (var (family, quotient) in new[] { (martin, 480), (bernard, 850) })
        {
            await SendAsync(scopes, async s => Ok(await s.Send(new RecordQuotientCommand(
                family, Guid.NewGuid(), quotient, schoolYear, schoolYear.AddYears(1).AddDays(-1), "Attestation CAF"), ct)));
        }
    }

    private static async Task<Guid> FirstServiceAsync(TenantScopeFactory scopes, CancellationToken ct)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            var tariffs = await SendAsync(scopes, s => s.Send(new GetTariffsQuery(), ct));
            if (tariffs.FirstOrDefault(t => t.Name == "1er service") is { } service)
            {
                return service.ServiceId;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("Demo seed: Invoicing did not receive the services from Reservations in time.");
            }

            await Task.Delay(200, ct);
        }
    }

    private static async Task<T> SendAsync<T>(TenantScopeFactory scopes, Func<ISender, ValueTask<T>> send)
    {
        await using var scope = scopes.Create(DemoTown.Slug);
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    private static bool Ok(Result result) =>
        result.IsSuccess ? true : throw new InvalidOperationException("Demo seed refused: " + string.Join("; ", result.Errors.Select(e => e.Message)));
}
