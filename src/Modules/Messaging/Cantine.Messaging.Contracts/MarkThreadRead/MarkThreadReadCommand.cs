using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Messaging.Contracts.MarkThreadRead;

/// <summary>Moves a thread from "Non lus" to "Lus" (or back with <see cref="Read"/> false).</summary>
public sealed record MarkThreadReadCommand(Guid ThreadId, bool Read = true) : ICommand<Result>;
