using Cantine.BuildingBlocks.Tenancy;
using Cantine.Messaging.Contracts.EmailPreferences;
using Cantine.Messaging.Domain;
using Marten;
using Mediator;

namespace Cantine.Messaging.Features.EmailPreferences;

/// <summary>One document read: the guardian's preferences snapshot (none: every kind on).</summary>
public sealed class GetEmailPreferencesHandler(IQuerySession session, ITenantContext tenant) : IQueryHandler<GetEmailPreferencesQuery, EmailPreferencesDto>
{
    public async ValueTask<EmailPreferencesDto> Handle(GetEmailPreferencesQuery query, CancellationToken ct)
    {
        var preferences = await session.LoadAsync<Domain.EmailPreferences>(Domain.EmailPreferences.StreamIdFor(tenant.TenantId, query.GuardianId), ct);
        return new EmailPreferencesDto(
            [.. Enum.GetValues<EmailKind>().Select(k => new EmailChoiceDto(k.ToString(), Domain.EmailPreferences.Wants(preferences, k)))],
            Domain.EmailPreferences.VersionOf(preferences));
    }
}
