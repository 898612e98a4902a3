using Cantine.BuildingBlocks.Contracts.BackOffice;

namespace Cantine.Audit.Contracts.BackOffice;

/// <summary>The back-office page of the Audit module (ADR 0024), under <c>Areas/Admin/Pages/Audit</c>.</summary>
public static class AuditBackOffice
{
    public static IReadOnlyList<BackOfficeEntry> Entries { get; } =
    [
        new(BackOfficeGroup.Settings, "Journal des modifications", "/Audit", StaffAccess.Administrator,
            "Qui a modifié quoi, quand, avant → après."),
    ];
}
