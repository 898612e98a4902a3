using Cantine.Accounts.Contracts.CreateStructure;

namespace Cantine.Accounts.Tests.Features.Support;

public static class Structures
{
    public static CreateStructureCommand Command(string slug, string name = "Ville de Bourg", string? adminLogin = null) =>
        new(slug, name, "1 place de la Mairie", "01000", "Bourg-en-Bresse", "04 74 00 00 00", $"contact@{slug}.test", "Month",
            [DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Monday], "Anne", "Admin", $"admin@{slug}.test", adminLogin);
}
