using System.Globalization;

namespace Cantine.Host.Areas.Admin.Pages.Attendance;

/// <summary>The French addresses of the attendance pages, built in one place.</summary>
public static class AttendanceUrls
{
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Overview(string slug, DateOnly day) => $"/{slug}/admin/pointage?jour={Iso(day)}";

    public static string Sheet(string slug, DateOnly day, Guid service, string school, string? schoolClass = null) =>
        $"/{slug}/admin/pointage/feuille?jour={Iso(day)}&service={service}&ecole={Uri.EscapeDataString(school)}" +
        (string.IsNullOrEmpty(schoolClass) ? string.Empty : $"&classe={Uri.EscapeDataString(schoolClass)}");

    public static string AddChild(string slug, DateOnly day, Guid service, string school) =>
        $"/{slug}/admin/pointage/feuille/ajouter?jour={Iso(day)}&service={service}&ecole={Uri.EscapeDataString(school)}";
}
