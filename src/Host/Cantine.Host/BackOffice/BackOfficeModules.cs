using Cantine.Accounts.Contracts.BackOffice;
using Cantine.Attendance.Contracts.BackOffice;
using Cantine.Invoicing.Contracts.BackOffice;
using Cantine.Audit.Contracts.BackOffice;
using Cantine.BuildingBlocks.Contracts.BackOffice;
using Cantine.Documents.Contracts.BackOffice;
using Cantine.Host.Jobs;
using Cantine.Messaging.Contracts.BackOffice;
using Cantine.Reservations.Contracts.BackOffice;

namespace Cantine.Host.BackOffice;

/// <summary>
/// The back office's declarations, module by module (ADR 0024): the one list the band, the home tiles and the
/// authorization conventions are built from. A new module adds its line here, as it adds its
/// <c>Add&lt;Module&gt;Module</c> to <c>HostComposition</c>.
/// </summary>
public static class BackOfficeModules
{
    public const string Area = "Admin";

    /// <summary>The staff sign-in pages (<c>Areas/Admin/Pages/Account</c>), open to anyone.</summary>
    public const string SignInFolder = "/Account";

    public static IReadOnlyList<BackOfficeEntry> Entries { get; } =
    [
        .. AccountsBackOffice.Entries,
        .. ReservationsBackOffice.Entries,
        .. AttendanceBackOffice.Entries,
        .. InvoicingBackOffice.Entries,
        .. MessagingBackOffice.Entries,
        .. DocumentsBackOffice.Entries,
        .. AuditBackOffice.Entries,
        JobRunsPage.Entry,
    ];

    /// <summary>Pages of the area in no entry's folder that every staff member opens: the home.</summary>
    public static IReadOnlyList<string> StaffWidePages { get; } = ["/Index"];
}
