namespace Cantine.Documents.Contracts.FamilyHome;

/// <summary>A new document: its title and the date families see next to it in <c>Documents</c>.</summary>
public sealed record NewDocumentDto(Guid Id, string Title, DateOnly Date);
