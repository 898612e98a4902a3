using System.Globalization;
using System.Text;
using Cantine.Host.Pages;
using Cantine.Host.Pages.Reservations;
using Cantine.Reservations.Contracts.GetHeadcounts;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Reservations.Headcounts;

/// <summary>
/// The kitchen headcounts (SPEC §3): per day, service, school and class for a period; frozen once the period
/// is closed, live before. Printable, and as CSV (<c>?format=csv</c>: <c>;</c> and a UTF-8 BOM, as Excel in French expects).
/// </summary>
public sealed class HeadcountsModel(ISender sender, TimeProvider clock) : CantinePageModel
{
    [BindProperty(SupportsGet = true, Name = "jour")]
    public DateOnly? Jour { get; set; }

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    public HeadcountsDto Headcounts { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Headcounts = await sender.Send(new GetHeadcountsQuery(Jour ?? ReservationsFormat.Today(clock)), ct);
        if (string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var name = $"effectifs-{Headcounts.PeriodStart:yyyy-MM-dd}.csv";
            return File(Csv(Headcounts), "text/csv; charset=utf-8", name);
        }

        return Page();
    }

    public string PageUrl(DateOnly day, bool csv = false) =>
        $"/{Tenant.Slug}/admin/effectifs?jour={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(csv ? "&format=csv" : string.Empty)}";

    /// <summary>One line per day, service, school and class with at least one booking.</summary>
    public static byte[] Csv(HeadcountsDto headcounts)
    {
        var text = new StringBuilder();
        text.Append("Date;Prestation;École;Classe;Effectif\r\n");
        foreach (var row in Ordered(headcounts.Rows))
        {
            text.Append(string.Join(';', ReservationsFormat.DateShort(row.Date), Cell(row.ServiceName), Cell(row.School), Cell(row.Class),
                row.Count.ToString(CultureInfo.InvariantCulture))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static IEnumerable<HeadcountRowDto> Ordered(IEnumerable<HeadcountRowDto> rows) =>
        rows.OrderBy(r => r.Date).ThenBy(r => r.ServiceName, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), false))
            .ThenBy(r => r.School, StringComparer.Ordinal).ThenBy(r => r.Class, StringComparer.Ordinal);

    // A value with the separator, a quote or a line break is quoted; a leading = + - @ is neutralised (CSV injection).
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
