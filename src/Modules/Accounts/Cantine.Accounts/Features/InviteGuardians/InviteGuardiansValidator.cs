using Cantine.Accounts.Contracts.InviteGuardians;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.InviteGuardians;

public sealed class InviteGuardiansValidator : CommandValidator<InviteGuardiansCommand>
{
    public InviteGuardiansValidator()
    {
        RuleFor(c => c.UserIds)
            .Must((c, ids) => c.AllNeverSignedIn || ids is { Count: > 0 }).WithErrorCode("Invite.NoneSelected").WithMessage(_ => ImportText.Get("Invite.NoneSelected"))
            .Must(ids => ids is null || ids.Count <= InviteGuardiansCommand.MaxSelected).WithErrorCode("Invite.TooMany")
            .WithMessage(_ => ImportText.Get("Invite.TooMany", InviteGuardiansCommand.MaxSelected));
    }
}
