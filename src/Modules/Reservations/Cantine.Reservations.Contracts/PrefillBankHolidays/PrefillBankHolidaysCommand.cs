using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.PrefillBankHolidays;

/// <summary>Adds the French bank holidays of the current and next school years (idempotent); returns how many were added.</summary>
public sealed record PrefillBankHolidaysCommand : ICommand<Result<int>>;
