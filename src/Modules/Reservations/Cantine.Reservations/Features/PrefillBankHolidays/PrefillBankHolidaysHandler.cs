using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.PrefillBankHolidays;
using Mediator;

namespace Cantine.Reservations.Features.PrefillBankHolidays;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class PrefillBankHolidaysHandler : ICommandHandler<PrefillBankHolidaysCommand, Result<int>>
{
    public ValueTask<Result<int>> Handle(PrefillBankHolidaysCommand message, CancellationToken ct) => throw new NotImplementedException();
}
