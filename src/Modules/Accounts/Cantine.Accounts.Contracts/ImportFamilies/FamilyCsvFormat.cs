namespace Cantine.Accounts.Contracts.ImportFamilies;

/// <summary>The columns of the families CSV, in the export's order (docs/csv-import.md); the import page shows them.</summary>
public static class FamilyCsvFormat
{
    public static IReadOnlyList<FamilyCsvColumnDto> Columns { get; } =
    [
        new("Référence famille", true, "F0042"),
        new("Nom famille", true, "Martin"),
        new("Civilité responsable 1", false, "Mme"),
        new("Nom responsable 1", true, "Martin"),
        new("Prénom responsable 1", true, "Claire"),
        new("E-mail responsable 1", true, "claire.martin@exemple.fr"),
        new("Téléphone responsable 1", false, "06 12 34 56 78"),
        new("Adresse", false, "3 rue des Lilas"),
        new("Code postal", false, "69003"),
        new("Ville", false, "Lyon"),
        new("Civilité responsable 2", false, "M."),
        new("Nom responsable 2", false, "Martin"),
        new("Prénom responsable 2", false, "Paul"),
        new("E-mail responsable 2", false, "paul.martin@exemple.fr"),
        new("Téléphone responsable 2", false, "07 12 34 56 78"),
        new("Référence enfant", true, "E0107"),
        new("Nom enfant", true, "Martin"),
        new("Prénom enfant", true, "Léa"),
        new("Date de naissance", true, "05/09/2018"),
        new("École", true, "École Jean Macé"),
        new("Classe", false, "CE1"),
    ];
}

/// <summary>A column: its French header, whether the header must be present, an example value.</summary>
public sealed record FamilyCsvColumnDto(string Name, bool Required, string Example);
