using System.Globalization;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Domain;

namespace Cantine.Attendance.Features.Shared;

internal static class Refusals
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static Error Of(string key, string? field = null, params object[] args) => new(key, AttendanceText.Get(key, args), field);

    /// <summary>The French error of a refused decision; a time argument is written "9 h 00".</summary>
    public static Error Of(Decision refused, string townPhone = "") => refused.Refusal switch
    {
        "SignalTooLate" => Of("SignalTooLate", refused.Field, Time((TimeOnly)refused.Args[0]),
            string.IsNullOrWhiteSpace(townPhone) ? AttendanceText.Get("NoPhone") : townPhone),
        _ => Of(refused.Refusal!, refused.Field, refused.Args),
    };

    public static string Time(TimeOnly time) => time.ToString("H' h 'mm", French);
}
