using Cantine.Messaging.Domain;
using Marten;
using Microsoft.Extensions.Logging;

namespace Cantine.Messaging.Email;

/// <summary>
/// Sends one e-mail at most once per cause: a <see cref="SentEmail"/> trace, keyed by the cause,
/// is stored in the handler's transaction after a successful send.
/// </summary>
public sealed class EmailDispatcher(EmailTransport transport, TimeProvider clock, ILogger<EmailDispatcher> log)
{
    public async Task SendOnceAsync(IDocumentSession session, Guid causeId, string template, EmailMessage email, CancellationToken ct)
    {
        if (await session.LoadAsync<SentEmail>(causeId, ct) is not null)
        {
            log.LogInformation("E-mail {Template} for cause {CauseId} already sent", template, causeId);
            return;
        }

        await transport.SendAsync(email, ct);
        session.Store(new SentEmail(causeId, email.ToAddress, email.Subject, template, clock.GetUtcNow()));
        log.LogInformation("E-mail {Template} sent for cause {CauseId}", template, causeId);
    }
}
