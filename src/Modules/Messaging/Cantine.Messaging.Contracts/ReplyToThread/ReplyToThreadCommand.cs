using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Messaging.Contracts.ReplyToThread;

/// <summary>A staff member replies; the family sees it in "Mes messages" and is told by e-mail.</summary>
public sealed record ReplyToThreadCommand(Guid ThreadId, Guid StaffId, string StaffName, string Body) : ICommand<Result>;
