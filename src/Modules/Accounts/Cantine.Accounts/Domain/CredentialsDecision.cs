using Cantine.BuildingBlocks.Domain;

namespace Cantine.Accounts.Domain;

/// <summary>
/// A decision about an account together with its credentials document (ADR 0005): <see cref="Credentials"/> is
/// stored whether the decision is accepted or refused, since a failed attempt counts towards the lockout and storing
/// the document as it was read is what makes a concurrent attempt conflict and run again (ADR 0019); null stores
/// nothing. A refusal may still record events (<see cref="Recorded"/>: the lockout a failure caused).
/// </summary>
public sealed record CredentialsDecision(Decision Decision, UserCredentials? Credentials, IReadOnlyList<object> Recorded)
{
    public static CredentialsDecision Accept(Decision decision, UserCredentials credentials) => new(decision, credentials, []);

    public static CredentialsDecision Refuse(Decision refusal, UserCredentials? credentials = null, params object[] recorded) =>
        new(refusal, credentials, recorded);

    /// <summary>Every event to append: the accepted decision's, or those a refusal still records.</summary>
    public IReadOnlyList<object> Events => [.. Decision.Events, .. Recorded];
}
