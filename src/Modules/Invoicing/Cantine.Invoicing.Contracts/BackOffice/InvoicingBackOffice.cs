using Cantine.BuildingBlocks.Contracts.BackOffice;

namespace Cantine.Invoicing.Contracts.BackOffice;

/// <summary>The back-office pages of Invoicing (ADR 0024), under <c>Areas/Admin/Pages/Invoicing</c>.</summary>
public static class InvoicingBackOffice
{
    public static IReadOnlyList<BackOfficeEntry> Entries { get; } =
    [
    ];
}
