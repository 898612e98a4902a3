using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Cantine.BuildingBlocks.Caching;

/// <summary>
/// Sends this instance's cache notices with <c>pg_notify</c> and listens for the other instances' on one dedicated connection
/// (ADR 0039). A notice costs one short statement after a change that is already committed (staff settings, prices, a
/// sign-out, a password change); pages never wait for it. When the listening connection fails it is opened again after a
/// second, and everything cached is forgotten (notices sent meanwhile were missed); a notice that cannot be sent is logged,
/// and the other instances then see the change at the end of the cache's time to live (30 s), as before.
/// </summary>
public sealed class CacheInvalidationRelay(NpgsqlDataSource database, CacheInvalidations invalidations, ILogger<CacheInvalidationRelay> log)
    : BackgroundService
{
    /// <summary>How long the listening connection stays silent before it is checked with a statement (a dead peer shows then).</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sending = SendAsync(stoppingToken);
        await ListenAsync(stoppingToken);
        await sending;
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenConnectionAsync(ct);
                connection.Notification += (_, e) => invalidations.Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {CacheInvalidations.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                // Entries read before this instance listened (at start, or during an outage) may have missed their notice.
                invalidations.ForgetEverything();
                while (!ct.IsCancellationRequested)
                {
                    if (!await connection.WaitAsync(Quiet, ct))
                    {
                        await using var ping = new NpgsqlCommand("select 1", connection);
                        await ping.ExecuteNonQueryAsync(ct);
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or IOException or InvalidOperationException or TimeoutException)
            {
                log.LogWarning("Listening for other instances' cache invalidations failed ({Error}); trying again in a second", e.Message);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task SendAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var notice in invalidations.Outgoing.ReadAllAsync(ct))
            {
                try
                {
                    await using var notify = database.CreateCommand("select pg_notify($1, $2)");
                    notify.Parameters.Add(new NpgsqlParameter<string> { TypedValue = CacheInvalidations.Channel });
                    notify.Parameters.Add(new NpgsqlParameter<string> { TypedValue = notice });
                    await notify.ExecuteNonQueryAsync(ct);
                }
                catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
                {
                    log.LogWarning("A cache invalidation could not be sent to the other instances ({Error}); they see the change within the cache's time to live", e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}
