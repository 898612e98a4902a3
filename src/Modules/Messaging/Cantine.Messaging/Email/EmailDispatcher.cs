using Cantine.Messaging.Domain;
using Marten;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Cantine.Messaging.Email;

/// <summary>
/// Sends one e-mail at most once per cause (each cause names one e-mail to one recipient). The handler's
/// transaction first claims the cause with a transaction-scoped advisory lock, then checks the
/// <see cref="SentEmail"/> trace, sends, and stores the trace; the lock ends with the transaction (ADR 0019).
/// A concurrent delivery of the same cause waits on the lock: if the first commits, it finds the trace and
/// sends nothing; if the first failed to send, its transaction rolled back, so the claim is gone and the
/// message is retried by Wolverine rather than lost.
/// </summary>
public sealed class EmailDispatcher(EmailTransport transport, TimeProvider clock, ILogger<EmailDispatcher> log)
{
    /// <summary>The first key of the two-key advisory lock space, reserved for e-mail claims ("MAIL").</summary>
    private const int ClaimSpace = 0x4D41494C;

    public async Task SendOnceAsync(IDocumentSession session, Guid causeId, string template, EmailMessage email, CancellationToken ct)
    {
        await ClaimAsync(session, causeId, ct);
        if (await session.LoadAsync<SentEmail>(causeId, ct) is not null)
        {
            log.LogInformation("E-mail {Template} for cause {CauseId} already sent", template, causeId);
            return;
        }

        var town = await session.LoadAsync<TownContact>(TownContact.SingletonId, ct);
        await transport.SendAsync(email, town is null ? null : new TownSender(town.Name, town.ContactEmail), ct);
        session.Store(new SentEmail(causeId, email.ToAddress, email.Subject, template, clock.GetUtcNow()));
        log.LogInformation("E-mail {Template} sent for cause {CauseId}", template, causeId);
    }

    private static async Task ClaimAsync(IDocumentSession session, Guid causeId, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await using var command = session.Connection!.CreateCommand();
        command.CommandText = "select pg_advisory_xact_lock($1, $2)";
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = ClaimSpace });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = BitConverter.ToInt32(causeId.ToByteArray(), 0) });
        await command.ExecuteNonQueryAsync(ct);
    }
}
