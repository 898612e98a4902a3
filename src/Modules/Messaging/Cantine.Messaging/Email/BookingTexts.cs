using System.Globalization;
using Cantine.Reservations.Contracts.IntegrationEvents;

namespace Cantine.Messaging.Email;

/// <summary>How the booking e-mails name periods, days, deadlines and children, in French.</summary>
internal static class BookingTexts
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"la semaine du lundi 14 décembre 2026", "le mois de janvier 2027".</summary>
    public static string Period(string kind, DateOnly start) => kind == "Month"
        ? MessagingText.Get("Booking.Month", start.ToString("MMMM yyyy", French))
        : MessagingText.Get("Booking.Week", FrenchDates.LongDay(start));

    /// <summary>"Réservé : …" then "Annulé : …", one day per line.</summary>
    public static string Changes(IReadOnlyList<BookedDayLine> booked, IReadOnlyList<BookedDayLine> cancelled)
    {
        var parts = new List<string>();
        if (booked.Count > 0)
        {
            parts.Add(MessagingText.Get("BookingConfirmation.Booked") + Environment.NewLine + Lines(booked));
        }

        if (cancelled.Count > 0)
        {
            parts.Add(MessagingText.Get("BookingConfirmation.Cancelled") + Environment.NewLine + Lines(cancelled));
        }

        return string.Join(Environment.NewLine + Environment.NewLine, parts);
    }

    /// <summary>"- Léa, 1er service, lundi 14 décembre 2026", one per line.</summary>
    public static string Lines(IReadOnlyList<BookedDayLine> lines) =>
        string.Join(Environment.NewLine, lines.Select(l => $"- {l.ChildFirstName}, {l.ServiceName}, {FrenchDates.LongDay(l.Date)}"));

    /// <summary>"Léa", "Léa et Hugo", "Léa, Hugo et Noah".</summary>
    public static string Names(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " et " + names[^1],
    };
}
