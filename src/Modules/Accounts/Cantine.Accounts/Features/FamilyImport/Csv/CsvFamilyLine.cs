using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Features.FamilyImport.Csv;

/// <summary>A guardian as a line of the CSV describes them.</summary>
internal sealed record CsvGuardian(string Civility, string LastName, string FirstName, string Email, string Phone);

/// <summary>A child as a line of the CSV describes them.</summary>
internal sealed record CsvChild(string Reference, string LastName, string FirstName, DateOnly BirthDate, string School, string Class);

/// <summary>
/// One accepted line: a family, its guardians (the address is the first guardian's, for invoices) and, unless the
/// line describes a family without children, one child.
/// </summary>
internal sealed record CsvFamilyLine(
    int LineNumber, string FamilyReference, string FamilyName, CsvGuardian First, PostalAddress? Address, CsvGuardian? Second, CsvChild? Child)
{
    /// <summary>Every line of a family repeats the same family and guardians.</summary>
    public bool DescribesSameFamilyAs(CsvFamilyLine other) =>
        FamilyName == other.FamilyName && First == other.First && Address == other.Address && Second == other.Second;
}
