using Cantine.BuildingBlocks.Contracts.FamilyHome;

namespace Cantine.Documents.Contracts.FamilyHome;

/// <summary>
/// The family home's documents part: the documents families can read today that are new, i.e. whose date (the start of
/// their window, else their publication or last replacement) is within the last <see cref="Days"/> days; newest first.
/// </summary>
public sealed record NewDocumentsPart(int Days, IReadOnlyList<NewDocumentDto> Documents) : IFamilyHomePart;
