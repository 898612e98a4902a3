using Mediator;

namespace Cantine.Accounts.Contracts.ListStructures;

/// <summary>Every structure of the platform (for platform operators and platform-wide jobs).</summary>
public sealed record ListStructuresQuery : IQuery<IReadOnlyList<StructureSummaryDto>>;
