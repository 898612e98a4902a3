using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Invoicing.Contracts.RecordQuotient;

/// <summary>
/// Staff record a family's quotient familial valid from <see cref="ValidFrom"/> to <see cref="ValidTo"/> (inclusive), with the
/// document it came from (optional, e.g. "Attestation CAF 09/2027"). <see cref="EntryId"/> is chosen by the form: sent twice,
/// it is recorded once. Periods of one family never overlap.
/// </summary>
public sealed record RecordQuotientCommand(Guid FamilyId, Guid EntryId, int Value, DateOnly ValidFrom, DateOnly ValidTo, string? Source) : ICommand<Result>;
