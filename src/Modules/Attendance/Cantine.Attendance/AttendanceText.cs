using Cantine.BuildingBlocks;

namespace Cantine.Attendance;

/// <summary>The module's French texts (Resources/AttendanceText.resx); add AttendanceText.xx.resx for another language.</summary>
internal static class AttendanceText
{
    private static readonly ResourceTexts Texts = new("Cantine.Attendance.Resources.AttendanceText", typeof(AttendanceText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Get(key, args);
}
