using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.FamilyImport.Csv;

namespace Cantine.Accounts.Features.FamilyImport.Uploads;

/// <summary>
/// Recognises a family in a stored CSV, refused lines included, before its erasure (ADR 0018): a line names it when a
/// field is one of its identifiers (references, ids, the guardians' e-mails), or its name together with one of its
/// first names. Fields are compared whole, ignoring case; a false positive only deletes a temporary upload.
/// </summary>
internal sealed class FamilyTrace(IEnumerable<string> identifiers, string familyName, IEnumerable<string> firstNames)
{
    private readonly HashSet<string> _identifiers = [.. identifiers.Where(i => i.Length > 0).Select(Key)];
    private readonly string _name = Key(familyName);
    private readonly HashSet<string> _firstNames = [.. firstNames.Where(n => n.Length > 0).Select(Key)];

    /// <summary>The trace of a family with its guardians and the children erased with it.</summary>
    public static FamilyTrace Of(Family family, IReadOnlyList<UserAccount> guardians, IReadOnlyList<Child> erased) => new(
        [family.ExternalReference ?? string.Empty, family.Id.ToString(),
            .. erased.SelectMany(c => new[] { c.ExternalReference ?? string.Empty, c.Id.ToString() }), .. guardians.Select(g => g.Email)],
        family.Name, [.. guardians.Select(g => g.FirstName), .. erased.Select(c => c.FirstName)]);

    public bool IsIn(byte[] content)
    {
        var text = CsvText.Decode(content);
        var separator = CsvText.Separator(text);
        foreach (var line in text.Split('\n'))
        {
            var fields = line.Split(separator).Select(Key).ToHashSet();
            if (fields.Overlaps(_identifiers) || (fields.Contains(_name) && fields.Overlaps(_firstNames)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Key(string value) => value.Trim().Trim('"').TrimStart('\'').Trim().ToUpperInvariant();
}
