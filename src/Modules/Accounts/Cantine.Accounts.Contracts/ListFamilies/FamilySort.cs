namespace Cantine.Accounts.Contracts.ListFamilies;

/// <summary>The orders the family list offers; a leading <c>-</c> reverses one (<c>-name</c>).</summary>
public static class FamilySort
{
    public const string Name = "name";
    public const string Guardian = "guardian";
    public const string Children = "children";

    public static readonly IReadOnlyList<string> All = [Name, "-" + Name, Guardian, "-" + Guardian, Children, "-" + Children];
}
