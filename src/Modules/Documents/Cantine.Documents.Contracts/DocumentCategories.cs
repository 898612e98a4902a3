namespace Cantine.Documents.Contracts;

/// <summary>The categories a structure files its documents under (manual §7: menus, activities, rules…).</summary>
public static class DocumentCategories
{
    public static readonly IReadOnlyList<string> All = ["Menus", "Activités", "Règlements", "Informations"];
}
