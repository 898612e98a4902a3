using System.Globalization;
using Cantine.Attendance.Contracts;
using Cantine.Attendance.Domain;
using Cantine.Audit.Contracts.Describing;
using Cantine.BuildingBlocks;
using Cantine.BuildingBlocks.Contracts.Time;
using Marten;

namespace Cantine.Attendance.Auditing;

/// <summary>
/// The audit log's French descriptions of the agents' marks, validations and corrections after validation (issue #13),
/// and of the town's attendance times. The log shows each event's author and time; the sentence names the sheet and the child.
/// Copies of bookings and the morning opening are the system's, not changes: never listed.
/// </summary>
internal sealed class AttendanceAuditDescriber(IQuerySession session) : IAuditDescriber
{
    private static readonly ResourceTexts Texts = new("Cantine.Attendance.Resources.AttendanceAuditText", typeof(AttendanceAuditDescriber).Assembly);
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public IReadOnlyCollection<Type> Ignored { get; } = [typeof(SheetCreated), typeof(SheetChildBooked), typeof(SheetBookingCancelled), typeof(SheetOpened)];

    public async ValueTask<string?> DescribeAsync(AuditedEvent e, CancellationToken ct) => e.Data switch
    {
        ChildMarkedPresent x => Texts.Get("ChildMarkedPresent", await SheetAsync(e, ct), await ChildAsync(x.ChildId, ct), x.Author.Name),
        ChildMarkedAbsent x => Texts.Get("ChildMarkedAbsent", await SheetAsync(e, ct), await ChildAsync(x.ChildId, ct), x.Author.Name),
        AbsenceJustified x => Texts.Get("AbsenceJustified", await SheetAsync(e, ct), await ChildAsync(x.ChildId, ct), Reason(x.Reason, x.Note), x.Author.Name),
        UnbookedChildAdded x => Texts.Get("UnbookedChildAdded", await SheetAsync(e, ct), await ChildAsync(x.ChildId, ct), x.Author.Name),
        SheetValidated x => Texts.Get("SheetValidated", await SheetAsync(e, ct), x.Author.Name),
        MarkCorrected x => Texts.Get("MarkCorrected", await SheetAsync(e, ct), await ChildAsync(x.ChildId, ct),
            x.Kind == MarkKind.Present ? Texts.Get("Present") : x.Reason is { } r ? Texts.Get("AbsentBecause", Reason(r, x.Note)) : Texts.Get("Absent"), x.Author.Name, At(x.At)),
        AbsenceSignalledByFamily x => Texts.Get("AbsenceSignalledByFamily", await SheetAsync(e, ct), await ChildAsync(x.ChildId, ct), Reason(x.Reason, x.Note), x.Author.Name),
        AttendanceSettingsChanged x => Texts.Get("SettingsChanged", Time(x.FamilySignalDeadline), Time(x.ReminderTime)),
        _ => null,
    };

    /// <summary>The sheets the family's children are on (their marks, the absences it signalled).</summary>
    public async ValueTask<IReadOnlyCollection<Guid>> FamilyStreamsAsync(Guid familyId, CancellationToken ct) =>
        await session.Query<AttendanceSheet>().Where(s => s.FamilyIds.Contains(familyId)).Select(s => s.Id).ToListAsync(ct);

    private static string At(DateTimeOffset at) => ParisTime.InParis(at).ToString("dd/MM/yyyy 'à' HH:mm", French);

    private static string Time(TimeOnly time) => time.ToString("H' h 'mm", French);

    private static string Reason(AbsenceReason reason, string? note) =>
        string.IsNullOrWhiteSpace(note) ? Texts.Get("Reason." + reason) : $"{Texts.Get("Reason." + reason)} ({note})";

    private async Task<string> SheetAsync(AuditedEvent e, CancellationToken ct)
    {
        if (await session.LoadAsync<AttendanceSheet>(e.StreamId, ct) is not { } sheet)
        {
            return "?";
        }

        var service = await session.LoadAsync<ServiceCopy>(sheet.ServiceId, ct);
        return Texts.Get("Sheet", service?.Name ?? "?", sheet.School, sheet.Date.ToString("dddd d MMMM yyyy", French));
    }

    private async Task<string> ChildAsync(Guid childId, CancellationToken ct) =>
        await session.LoadAsync<ChildCopy>(childId, ct) is { Erased: false } child ? $"{child.FirstName} {child.LastName}".Trim() : Texts.Get("ErasedChild");
}
