using Cantine.BuildingBlocks.Contracts.Results;

namespace Cantine.Host.Areas.Admin.Pages.Reservations.Closures;

/// <summary>The fields of a closure form and the French names of its kinds.</summary>
public sealed class ClosureInput
{
    public static readonly IReadOnlyList<(string Value, string Label)> Kinds =
        [("SchoolHoliday", "Vacances scolaires"), ("BankHoliday", "Jour férié"), ("ClosedDay", "Jour de fermeture")];

    public string? Libelle { get; set; }

    public DateOnly? Du { get; set; }

    public DateOnly? Au { get; set; }

    public string Type { get; set; } = "ClosedDay";

    public static string KindLabel(string kind) => Kinds.FirstOrDefault(k => k.Value == kind).Label ?? kind;

    public static Error ToField(Error error) => error with
    {
        Field = error.Field switch
        {
            "Label" => nameof(Libelle),
            "From" => nameof(Du),
            "To" => nameof(Au),
            "Kind" => nameof(Type),
            _ => null,
        },
    };
}
