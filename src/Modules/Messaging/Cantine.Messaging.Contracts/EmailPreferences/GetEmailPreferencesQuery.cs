using Mediator;

namespace Cantine.Messaging.Contracts.EmailPreferences;

/// <summary>"Mes préférences": which optional e-mails the guardian receives, and the version the form is built from.</summary>
public sealed record GetEmailPreferencesQuery(Guid GuardianId) : IQuery<EmailPreferencesDto>;
