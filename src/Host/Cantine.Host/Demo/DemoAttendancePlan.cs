using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.GetSheet;

namespace Cantine.Host.Demo;

/// <summary>
/// Who the demo agent marks how: present by default; the exceptions fall on the most recent past days (the ones
/// "Présences" opens on, or the week before), each on a different day: Hugo added to his sister's evening care without
/// a booking, Léa absent with a medical certificate, Hugo absent, Noah absent, Emma absent.
/// </summary>
public sealed class DemoAttendancePlan
{
    private const string EveningCare = "Garderie soir";

    private readonly Dictionary<(DateOnly Date, Guid Child), (MarkKind Kind, AbsenceReason? Reason, string? Note)> _absences = [];
    private (DateOnly Date, Guid ServiceId, string School, Guid Child)? _unbooked;

    public sealed record PlannedMark(Guid ChildId, MarkKind Kind, AbsenceReason? Reason, string? Note);

    public static DemoAttendancePlan For(IReadOnlyList<SheetDto> sheets, DemoAttendance.Children children)
    {
        var plan = new DemoAttendancePlan();
        var used = new HashSet<DateOnly>();
        var recentFirst = sheets.OrderByDescending(s => s.Date).ToList();

        // Hugo at evening care with Léa, unbooked: a sheet where she is booked and he is not.
        if (recentFirst.FirstOrDefault(s => s.ServiceName == EveningCare && Booked(s, children.Lea) && s.Children.All(c => c.ChildId != children.Hugo)) is { } care)
        {
            plan._unbooked = (care.Date, care.ServiceId, care.School, children.Hugo);
            used.Add(care.Date);
        }

        plan.Absent(recentFirst, used, children.Lea, MarkKind.Absent, AbsenceReason.IllnessWithCertificate, "Certificat médical remis par la famille.");
        plan.Absent(recentFirst, used, children.Hugo, MarkKind.Absent, null, null);
        plan.Absent(recentFirst, used, children.Noah, MarkKind.Absent, null, null);
        plan.Absent(recentFirst, used, children.Emma, MarkKind.Absent, null, null);
        return plan;
    }

    /// <summary>The marks of one sheet: every booked child, plus the unbooked one if this is his sheet.</summary>
    public IEnumerable<PlannedMark> MarksFor(SheetDto sheet)
    {
        foreach (var child in sheet.Children.Where(c => c.Booked))
        {
            yield return _absences.TryGetValue((sheet.Date, child.ChildId), out var absence)
                ? new PlannedMark(child.ChildId, absence.Kind, absence.Reason, absence.Note)
                : new PlannedMark(child.ChildId, MarkKind.Present, null, null);
        }

        if (_unbooked is { } u && u.Date == sheet.Date && u.ServiceId == sheet.ServiceId && u.School == sheet.School)
        {
            yield return new PlannedMark(u.Child, MarkKind.Present, null, null);
        }
    }

    private void Absent(List<SheetDto> recentFirst, HashSet<DateOnly> used, Guid child, MarkKind kind, AbsenceReason? reason, string? note)
    {
        if (recentFirst.FirstOrDefault(s => !used.Contains(s.Date) && Booked(s, child)) is { } sheet)
        {
            _absences[(sheet.Date, child)] = (kind, reason, note);
            used.Add(sheet.Date);
        }
    }

    private static bool Booked(SheetDto sheet, Guid child) => sheet.Children.Any(c => c.ChildId == child && c.Booked);
}
