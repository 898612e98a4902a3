using System.Globalization;
using Cantine.Accounts.Domain;
using Cantine.BuildingBlocks.Validation;

namespace Cantine.Accounts.Features.FamilyImport.Csv;

/// <summary>Checks one line's fields and reads it into a <see cref="CsvFamilyLine"/>, or says in French why it is refused.</summary>
internal static class CsvLineParser
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];
    private static readonly DateOnly EarliestBirth = new(1990, 1, 1);
    private static readonly DateOnly LatestBirth = new(2100, 1, 1);

    public static (CsvFamilyLine? Line, string? Refusal) Parse(int lineNumber, Func<FamilyCsvColumn, string> field)
    {
        var problem = FirstProblem(field);
        if (problem is not null)
        {
            return (null, problem);
        }

        var first = Guardian(field, FamilyCsvColumn.Civility1, FamilyCsvColumn.LastName1, FamilyCsvColumn.FirstName1, FamilyCsvColumn.Email1, FamilyCsvColumn.Phone1);
        var second = AnyFilled(field, FamilyCsvColumn.Civility2, FamilyCsvColumn.LastName2, FamilyCsvColumn.FirstName2, FamilyCsvColumn.Email2, FamilyCsvColumn.Phone2)
            ? Guardian(field, FamilyCsvColumn.Civility2, FamilyCsvColumn.LastName2, FamilyCsvColumn.FirstName2, FamilyCsvColumn.Email2, FamilyCsvColumn.Phone2)
            : null;
        var address = AnyFilled(field, FamilyCsvColumn.Street, FamilyCsvColumn.PostalCode, FamilyCsvColumn.City)
            ? new PostalAddress(field(FamilyCsvColumn.Street), field(FamilyCsvColumn.PostalCode), field(FamilyCsvColumn.City))
            : null;
        var child = HasChild(field)
            ? new CsvChild(field(FamilyCsvColumn.ChildReference), field(FamilyCsvColumn.ChildLastName), field(FamilyCsvColumn.ChildFirstName),
                DateOnly.ParseExact(field(FamilyCsvColumn.BirthDate), DateFormats, CultureInfo.InvariantCulture), field(FamilyCsvColumn.School), field(FamilyCsvColumn.Class))
            : null;
        return (new CsvFamilyLine(lineNumber, field(FamilyCsvColumn.FamilyReference), field(FamilyCsvColumn.FamilyName), first, address, second, child), null);
    }

    private static string? FirstProblem(Func<FamilyCsvColumn, string> field)
    {
        foreach (var (column, name, _) in FamilyCsvHeader.Columns)
        {
            var value = field(column);
            if (!TextRules.IsClean(value))
            {
                return ImportText.Get("Line.Characters", name);
            }

            if (value.Length > MaxLength(column))
            {
                return ImportText.Get("Line.TooLong", name, MaxLength(column));
            }
        }

        return Missing(field, FamilyCsvColumn.FamilyReference, FamilyCsvColumn.FamilyName, FamilyCsvColumn.LastName1, FamilyCsvColumn.FirstName1, FamilyCsvColumn.Email1)
            ?? EmailProblem(field, FamilyCsvColumn.Email1)
            ?? PhoneProblem(field, FamilyCsvColumn.Phone1)
            ?? (AnyFilled(field, FamilyCsvColumn.Civility2, FamilyCsvColumn.LastName2, FamilyCsvColumn.FirstName2, FamilyCsvColumn.Email2, FamilyCsvColumn.Phone2)
                ? Missing(field, FamilyCsvColumn.LastName2, FamilyCsvColumn.FirstName2, FamilyCsvColumn.Email2)
                    ?? EmailProblem(field, FamilyCsvColumn.Email2) ?? PhoneProblem(field, FamilyCsvColumn.Phone2)
                : null)
            ?? (HasChild(field)
                ? Missing(field, FamilyCsvColumn.ChildReference, FamilyCsvColumn.ChildLastName, FamilyCsvColumn.ChildFirstName, FamilyCsvColumn.BirthDate, FamilyCsvColumn.School)
                    ?? DateProblem(field(FamilyCsvColumn.BirthDate))
                : null);
    }

    private static bool HasChild(Func<FamilyCsvColumn, string> field) =>
        AnyFilled(field, FamilyCsvColumn.ChildReference, FamilyCsvColumn.ChildLastName, FamilyCsvColumn.ChildFirstName, FamilyCsvColumn.BirthDate, FamilyCsvColumn.School, FamilyCsvColumn.Class);

    private static CsvGuardian Guardian(
        Func<FamilyCsvColumn, string> field, FamilyCsvColumn civility, FamilyCsvColumn lastName, FamilyCsvColumn firstName, FamilyCsvColumn email, FamilyCsvColumn phone) =>
        new(field(civility), field(lastName), field(firstName), field(email), field(phone));

    private static bool AnyFilled(Func<FamilyCsvColumn, string> field, params FamilyCsvColumn[] columns) => columns.Any(c => field(c).Length > 0);

    private static string? Missing(Func<FamilyCsvColumn, string> field, params FamilyCsvColumn[] columns) =>
        columns.Where(c => field(c).Length == 0).Select(c => ImportText.Get("Line.Missing", Name(c))).FirstOrDefault();

    private static string? EmailProblem(Func<FamilyCsvColumn, string> field, FamilyCsvColumn column) =>
        TextRules.IsEmail(field(column)) ? null : ImportText.Get("Line.Email", Name(column), field(column));

    private static string? PhoneProblem(Func<FamilyCsvColumn, string> field, FamilyCsvColumn column) =>
        field(column).Length == 0 || TextRules.IsPhone(field(column)) ? null : ImportText.Get("Line.Phone", Name(column), field(column));

    private static string? DateProblem(string value)
    {
        if (!DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ImportText.Get("Line.Date", value);
        }

        return date < EarliestBirth || date > LatestBirth ? ImportText.Get("Line.ImplausibleDate", value) : null;
    }

    private static string Name(FamilyCsvColumn column) => FamilyCsvHeader.Columns.First(c => c.Column == column).Name;

    private static int MaxLength(FamilyCsvColumn column) => column switch
    {
        FamilyCsvColumn.FamilyReference or FamilyCsvColumn.ChildReference => 60,
        FamilyCsvColumn.FamilyName or FamilyCsvColumn.School or FamilyCsvColumn.Street => 120,
        FamilyCsvColumn.Email1 or FamilyCsvColumn.Email2 => 254,
        FamilyCsvColumn.Civility1 or FamilyCsvColumn.Civility2 or FamilyCsvColumn.PostalCode or FamilyCsvColumn.BirthDate => 20,
        FamilyCsvColumn.Phone1 or FamilyCsvColumn.Phone2 => 30,
        FamilyCsvColumn.Class => 40,
        _ => 80,
    };
}
