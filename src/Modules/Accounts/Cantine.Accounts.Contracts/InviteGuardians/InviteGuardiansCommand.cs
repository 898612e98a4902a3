using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.InviteGuardians;

/// <summary>
/// Sends the first-connection e-mail (identifier and a link to choose a password) to the given guardians, or to
/// every guardian who has never signed in. Returns how many e-mails were sent.
/// </summary>
public sealed record InviteGuardiansCommand(IReadOnlyList<Guid>? UserIds, bool AllNeverSignedIn) : ICommand<Result<int>>
{
    public const int MaxSelected = 200;
}
