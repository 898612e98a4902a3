using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Messaging.Contracts.ArchiveThread;

/// <summary>Files a thread away ("Archivés"); a new family message would need a new thread.</summary>
public sealed record ArchiveThreadCommand(Guid ThreadId) : ICommand<Result>;
