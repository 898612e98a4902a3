using Cantine.BuildingBlocks.Contracts.BackOffice;

namespace Cantine.Documents.Contracts.BackOffice;

/// <summary>The back-office pages of Documents (ADR 0024), under <c>Areas/Admin/Pages/Documents</c>.</summary>
public static class DocumentsBackOffice
{
    public static IReadOnlyList<BackOfficeEntry> Entries { get; } =
    [
        new(BackOfficeGroup.Communication, "Documents", "/Documents", StaffAccess.Administrator,
            "Publier les menus, programmes et règlements pour les familles."),
    ];
}
