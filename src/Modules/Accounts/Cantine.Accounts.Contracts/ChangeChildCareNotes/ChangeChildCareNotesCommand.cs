using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ChangeChildCareNotes;

/// <summary>Staff record a child's allergies, whether a PAI (individual care plan) exists, and notes. Never shown to families.</summary>
public sealed record ChangeChildCareNotesCommand(Guid ChildId, string? Allergies, bool HasPai, string? StaffNotes) : ICommand<Result>;
