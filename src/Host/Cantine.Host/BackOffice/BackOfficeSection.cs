using Cantine.BuildingBlocks.Contracts.BackOffice;

namespace Cantine.Host.BackOffice;

/// <summary>A group of the band with the entries one staff member may open.</summary>
public sealed record BackOfficeSection(BackOfficeGroup Group, IReadOnlyList<BackOfficeEntry> Entries);
