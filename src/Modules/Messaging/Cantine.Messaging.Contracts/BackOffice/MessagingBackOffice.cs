using Cantine.BuildingBlocks.Contracts.BackOffice;

namespace Cantine.Messaging.Contracts.BackOffice;

/// <summary>The back-office pages of Messaging (ADR 0024), under <c>Areas/Admin/Pages/Messaging</c>.</summary>
public static class MessagingBackOffice
{
    public static IReadOnlyList<BackOfficeEntry> Entries { get; } =
    [
        new(BackOfficeGroup.Communication, "Messages", "/Messaging/Messages", StaffAccess.Administrator,
            "Les messages des familles, et vos réponses."),
        new(BackOfficeGroup.Communication, "E-mails envoyés", "/Messaging/Emails", StaffAccess.Administrator,
            "Les e-mails que le portail a envoyés aux familles et au personnel."),
    ];
}
