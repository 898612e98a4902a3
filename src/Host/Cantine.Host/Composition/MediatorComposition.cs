using Cantine.Accounts;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.Attendance;
using Cantine.Attendance.Contracts.GetSheet;
using Cantine.Audit;
using Cantine.Audit.Contracts.ListAuditEntries;
using Cantine.BuildingBlocks.Pipeline;
using Cantine.Documents;
using Cantine.Documents.Contracts;
using Cantine.Invoicing;
using Cantine.Messaging;
using Cantine.Messaging.Contracts.ListPickedUpEmails;
using Cantine.Reservations;
using Cantine.Reservations.Contracts.GetBookingSheet;
using Mediator;

namespace Cantine.Host.Composition;

/// <summary>Commands and queries inside a request (Mediator); integration events between modules go through Wolverine (ADR 0003).</summary>
public static class MediatorComposition
{
    public static IServiceCollection AddCantineMediator(this IServiceCollection services) =>
        services.AddMediator((MediatorOptions options) =>
        {
            // Scoped, so handlers get the request's tenant-bound Marten session.
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies =
            [
                typeof(AccountsModule), typeof(SignInCommand),
                typeof(MessagingModule), typeof(ListPickedUpEmailsQuery),
                typeof(DocumentsModule), typeof(DocumentCategories),
                typeof(ReservationsModule), typeof(GetBookingSheetQuery),
                typeof(AttendanceModule), typeof(GetSheetQuery),
                typeof(AuditModule), typeof(ListAuditEntriesQuery),
                typeof(InvoicingModule), typeof(Cantine.Invoicing.Contracts.GetInvoiceBatch.GetInvoiceBatchQuery),
            ];
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
        });
}
