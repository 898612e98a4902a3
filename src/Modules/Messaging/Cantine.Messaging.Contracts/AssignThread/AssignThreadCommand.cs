using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Messaging.Contracts.AssignThread;

/// <summary>Gives a thread to a colleague to handle.</summary>
public sealed record AssignThreadCommand(Guid ThreadId, Guid StaffId, string StaffName) : ICommand<Result>;
