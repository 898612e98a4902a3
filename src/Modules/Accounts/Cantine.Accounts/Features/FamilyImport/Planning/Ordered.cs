namespace Cantine.Accounts.Features.FamilyImport.Planning;

/// <summary>
/// Guardians are listed in the order of their ids (version 7: time first). Two made in the same millisecond compare
/// at random, so the second guardian of a line gets an id after the first's: the export then keeps their columns.
/// </summary>
internal static class Ordered
{
    public static Guid After(Guid previous)
    {
        var id = Guid.CreateVersion7();
        while (id.CompareTo(previous) <= 0)
        {
            id = Guid.CreateVersion7();
        }

        return id;
    }
}
