using System.Globalization;
using Cantine.Accounts.Domain;
using CsvHelper;

namespace Cantine.Accounts.Features.FamilyImport.Csv;

/// <summary>
/// Writes families in the import's format: <c>;</c>-separated, UTF-8 with BOM (so a French spreadsheet opens the
/// accents right), one line per child, possible formulas escaped with an apostrophe (which the import removes).
/// </summary>
internal static class FamilyCsvWriter
{
    public static byte[] Write(IEnumerable<(Family Family, IReadOnlyList<UserAccount> Guardians, IReadOnlyList<Child> Children)> families)
    {
        using var output = new MemoryStream();
        var options = CsvWriterOptions.Default with { Separator = ';', WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using (var writer = CsvWriter.Create(output, options, leaveOpen: true))
        {
            writer.WriteHeader(FamilyCsvHeader.Names);
            foreach (var (family, guardians, children) in families)
            {
                var head = Head(family, guardians);
                if (children.Count == 0)
                {
                    writer.WriteRecord([.. head, "", "", "", "", "", ""]);
                }

                foreach (var child in children)
                {
                    writer.WriteRecord([
                        .. head, child.ExternalReference ?? child.Id.ToString(), child.LastName, child.FirstName,
                        child.BirthDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), child.School, child.Class]);
                }
            }
        }

        return output.ToArray();
    }

    private static string[] Head(Family family, IReadOnlyList<UserAccount> guardians)
    {
        var first = guardians.ElementAtOrDefault(0);
        var second = guardians.ElementAtOrDefault(1);
        return
        [
            family.ExternalReference ?? family.Id.ToString(), family.Name,
            .. Guardian(first), first?.Address?.Street ?? "", first?.Address?.PostalCode ?? "", first?.Address?.City ?? "",
            .. Guardian(second),
        ];
    }

    private static string[] Guardian(UserAccount? a) =>
        a is null ? ["", "", "", "", ""] : [a.Civility, a.LastName, a.FirstName, a.Email, a.Phone];
}
