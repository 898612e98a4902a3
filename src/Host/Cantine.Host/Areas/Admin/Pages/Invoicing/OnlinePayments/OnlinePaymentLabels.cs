using System.Globalization;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Invoicing.Contracts.OnlinePayments;

namespace Cantine.Host.Areas.Admin.Pages.Invoicing.OnlinePayments;

/// <summary>The French words of "Paiements en ligne": states, PayFiP's codes and its raw date and time.</summary>
public static class OnlinePaymentLabels
{
    public static string State(OnlinePaymentState state) => state switch
    {
        OnlinePaymentState.Paid => "Payé",
        OnlinePaymentState.Refused => "Refusé",
        OnlinePaymentState.Abandoned => "Abandonné",
        OnlinePaymentState.Anomaly => "Anomalie",
        OnlinePaymentState.Unanswered => "Sans réponse",
        OnlinePaymentState.Expired => "Expiré",
        _ => "En attente",
    };

    /// <summary>PayFiP's <c>resultrans</c> with its meaning.</summary>
    public static string Result(string? resultTrans) => resultTrans switch
    {
        null or "" => "—",
        "P" or "V" => $"{resultTrans} (payé)",
        "R" or "Z" => $"{resultTrans} (refusé)",
        "A" => "A (abandonné)",
        _ => resultTrans,
    };

    public static string Environment(string saisie) => saisie switch
    {
        PayfipEnvironment.Production => "Production",
        PayfipEnvironment.Activation => "Activation",
        _ => "Test",
    };

    /// <summary>PayFiP's <c>dattrans</c> (ddMMyyyy) and <c>heurtrans</c> (HHmm) as <c>10/09/2030 10:05</c>; raw when unreadable.</summary>
    public static string Transaction(string? date, string? time)
    {
        if (string.IsNullOrEmpty(date))
        {
            return "—";
        }

        var day = DateOnly.TryParseExact(date, "ddMMyyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : date;
        var hour = TimeOnly.TryParseExact(time, "HHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t.ToString("HH:mm", CultureInfo.InvariantCulture)
            : time;
        return string.IsNullOrEmpty(hour) ? day : $"{day} {hour}";
    }

    /// <summary>An instant as read in Paris: <c>10/09/2030 10:05</c>.</summary>
    public static string Instant(DateTimeOffset instant) =>
        ParisTime.InParis(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
