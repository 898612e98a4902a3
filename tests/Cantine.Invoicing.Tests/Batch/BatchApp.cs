using Cantine.BuildingBlocks.Files;
using Cantine.Invoicing.Contracts.GetInvoiceBatch;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Features.Batch;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Invoicing.Tests.Batch;

/// <summary>
/// A host of its own whose batch takes 2 families per chunk (20 families: 10 chunks) from <see cref="StubBills"/>. The clock
/// shows Tuesday 10 September 2030: August is over. Each test works in a town (tenant) of its own.
/// </summary>
public class BatchApp : CantineApp
{
    public static readonly DateOnly August = new(2030, 8, 1);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Invoicing:BatchChunkSize"] = "2" };

    internal InvoiceBatchHooks Hooks => Services.GetRequiredService<InvoiceBatchHooks>();

    protected override Task SeedAsync()
    {
        Hooks.BillSource = new StubBills();
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<Invoice>> InvoicesAsync(string tenant)
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().QuerySession(tenant);
        return await session.Query<Invoice>().Where(i => i.Kind == InvoiceKind.Invoice).OrderBy(i => i.Sequence).ToListAsync();
    }

    public Task<InvoiceBatchDto?> BatchAsync(string tenant, DateOnly? month = null) =>
        SendAsync(tenant, s => s.Send(new GetInvoiceBatchQuery(month ?? August)));

    /// <summary>Runs what a restarted process runs for a started batch (the durable message's handler).</summary>
    public async Task<bool> ResumeAsync(string tenant, DateOnly? month = null)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InvoiceBatchRunner>().RunAsync(tenant, month ?? August, "systeme", CancellationToken.None);
    }

    public async Task WaitUntilCompletedAsync(string tenant, DateOnly? month = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while ((await BatchAsync(tenant, month))?.IsCompleted != true)
        {
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(90), "the batch did not complete");
            await Task.Delay(100);
        }
    }

    public async Task<byte[]> FileAsync(string tenant, Guid fileId)
    {
        var file = (await Services.GetRequiredService<FileStore>().OpenReadAsync(tenant, fileId, CancellationToken.None)).ShouldNotBeNull();
        await using var content = file.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }
}
