using Cantine.Accounts.Contracts.CreateStructure;

namespace Cantine.Host.Platform;

/// <summary>The flags of <c>structure create</c>.</summary>
public sealed record StructureCreateArguments(
    string Slug, string Name, string Street, string PostalCode, string City, string Phone, string ContactEmail,
    string PeriodKind, IReadOnlyList<DayOfWeek> OpeningDays, string AdminFirstName, string AdminLastName, string AdminEmail, string? AdminLogin)
{
    public const string Usage = """
        Usage: structure create --slug SLUG --name NAME --admin-email EMAIL
                                --street STREET --postal-code CODE --city CITY --phone PHONE
                                [--contact-email EMAIL] [--period week|month] [--days mon,tue,thu,fri]
                                [--admin-first-name NAME] [--admin-last-name NAME] [--admin-login LOGIN]
        """;

    private static readonly string[] Required = ["slug", "name", "admin-email", "street", "postal-code", "city", "phone"];

    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday,
        ["sun"] = DayOfWeek.Sunday,
    };

    public static bool TryParse(string[] args, out StructureCreateArguments input, out string? problem)
    {
        input = null!;
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                problem = $"Unexpected argument '{args[i]}'.";
                return false;
            }

            flags[args[i][2..]] = args[++i];
        }

        if (Required.FirstOrDefault(f => !flags.ContainsKey(f)) is { } missing)
        {
            problem = $"Missing --{missing}.";
            return false;
        }

        var days = new List<DayOfWeek>();
        foreach (var day in flags.GetValueOrDefault("days", "mon,tue,thu,fri").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Days.TryGetValue(day, out var parsed))
            {
                problem = $"Unknown day '{day}' (use mon,tue,wed,thu,fri,sat,sun).";
                return false;
            }

            days.Add(parsed);
        }

        var period = flags.GetValueOrDefault("period", "week").ToLowerInvariant() switch
        {
            "week" => "Week",
            "month" => "Month",
            _ => null,
        };
        if (period is null)
        {
            problem = "--period is week or month.";
            return false;
        }

        input = new StructureCreateArguments(
            flags["slug"], flags["name"], flags["street"], flags["postal-code"], flags["city"], flags["phone"],
            flags.GetValueOrDefault("contact-email", flags["admin-email"]), period, days,
            flags.GetValueOrDefault("admin-first-name", "Administrateur"), flags.GetValueOrDefault("admin-last-name", flags["name"]),
            flags["admin-email"], flags.GetValueOrDefault("admin-login"));
        problem = null;
        return true;
    }

    public CreateStructureCommand ToCommand() =>
        new(Slug, Name, Street, PostalCode, City, Phone, ContactEmail, PeriodKind, OpeningDays, AdminFirstName, AdminLastName, AdminEmail, AdminLogin);
}
