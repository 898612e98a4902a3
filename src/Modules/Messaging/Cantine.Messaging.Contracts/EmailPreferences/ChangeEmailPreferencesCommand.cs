using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Messaging.Contracts.EmailPreferences;

/// <summary>
/// "Mes préférences" saved: the guardian receives the optional kinds of e-mails in <paramref name="TurnedOn"/> and none of the
/// others (ADR 0033). <paramref name="Version"/> comes from the page shown: a stale one is refused
/// (<see cref="MessagingErrors.StalePreferences"/>), nothing saved. Password links and security notices always go.
/// </summary>
public sealed record ChangeEmailPreferencesCommand(Guid GuardianId, IReadOnlyList<string> TurnedOn, string Version) : ICommand<Result>;
