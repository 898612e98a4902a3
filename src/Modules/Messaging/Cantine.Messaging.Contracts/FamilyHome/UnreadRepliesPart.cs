using Cantine.BuildingBlocks.Contracts.FamilyHome;

namespace Cantine.Messaging.Contracts.FamilyHome;

/// <summary>The family home's messaging part: the family's threads with replies from the service it has not opened yet, latest first.</summary>
public sealed record UnreadRepliesPart(IReadOnlyList<UnreadReplyDto> Threads) : IFamilyHomePart;
