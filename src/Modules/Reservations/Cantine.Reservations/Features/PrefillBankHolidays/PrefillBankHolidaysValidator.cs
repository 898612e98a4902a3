using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.PrefillBankHolidays;

namespace Cantine.Reservations.Features.PrefillBankHolidays;

/// <summary>The command has no input; the validator exists so that every command has one.</summary>
public sealed class PrefillBankHolidaysValidator : CommandValidator<PrefillBankHolidaysCommand>;
