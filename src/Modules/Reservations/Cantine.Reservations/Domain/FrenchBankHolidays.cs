namespace Cantine.Reservations.Domain;

/// <summary>The eleven French public holidays (jours fériés) of metropolitan France; Easter-based ones computed.</summary>
public static class FrenchBankHolidays
{
    public static IReadOnlyList<(DateOnly Date, string Label)> Of(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            (new DateOnly(year, 1, 1), "Jour de l'An"),
            (easter.AddDays(1), "Lundi de Pâques"),
            (new DateOnly(year, 5, 1), "Fête du Travail"),
            (new DateOnly(year, 5, 8), "Victoire 1945"),
            (easter.AddDays(39), "Ascension"),
            (easter.AddDays(50), "Lundi de Pentecôte"),
            (new DateOnly(year, 7, 14), "Fête nationale"),
            (new DateOnly(year, 8, 15), "Assomption"),
            (new DateOnly(year, 11, 1), "Toussaint"),
            (new DateOnly(year, 11, 11), "Armistice 1918"),
            (new DateOnly(year, 12, 25), "Noël"),
        ];
    }

    /// <summary>The holidays of the school year containing <paramref name="today"/> and of the next one (September to August).</summary>
    public static IReadOnlyList<(DateOnly Date, string Label)> OfCurrentAndNextSchoolYears(DateOnly today)
    {
        var from = new DateOnly(today.Month >= 9 ? today.Year : today.Year - 1, 9, 1);
        var to = from.AddYears(2).AddDays(-1);
        return [.. Enumerable.Range(from.Year, 3).SelectMany(Of).Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date)];
    }

    /// <summary>Gregorian Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
