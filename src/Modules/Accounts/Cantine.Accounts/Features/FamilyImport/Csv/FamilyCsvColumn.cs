namespace Cantine.Accounts.Features.FamilyImport.Csv;

/// <summary>The columns of the families CSV (docs/csv-import.md), in the order the export writes them.</summary>
internal enum FamilyCsvColumn
{
    FamilyReference,
    FamilyName,
    Civility1,
    LastName1,
    FirstName1,
    Email1,
    Phone1,
    Street,
    PostalCode,
    City,
    Civility2,
    LastName2,
    FirstName2,
    Email2,
    Phone2,
    ChildReference,
    ChildLastName,
    ChildFirstName,
    BirthDate,
    School,
    Class,
}
