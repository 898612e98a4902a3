using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.FamilyImport.Csv;
using Marten;

namespace Cantine.Accounts.Features.FamilyImport.Planning;

/// <summary>
/// What the structure already holds for the references of a file, loaded in a few queries (not one per line).
/// A family or child created in the back office has no external reference: the export writes its id instead, which
/// finds it here too.
/// </summary>
internal sealed class ImportState
{
    public Dictionary<string, Family> Families { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Child> Children { get; } = new(StringComparer.Ordinal);

    public ILookup<Guid, UserAccount> Guardians { get; private set; } = Array.Empty<UserAccount>().ToLookup(a => a.FamilyId!.Value);

    public HashSet<string> TakenLogins { get; } = new(StringComparer.Ordinal);

    public static async Task<ImportState> LoadAsync(IQuerySession session, FamilyCsvFile file, CancellationToken ct)
    {
        var state = new ImportState();
        var familyRefs = file.Lines.Select(l => l.FamilyReference).Distinct().ToArray();
        var childRefs = file.Lines.Where(l => l.Child is not null).Select(l => l.Child!.Reference).Distinct().ToArray();

        foreach (var family in await session.Query<Family>().Where(f => f.ExternalReference.IsOneOf(familyRefs)).ToListAsync(ct))
        {
            state.Families[family.ExternalReference!] = family;
        }

        foreach (var family in await session.LoadManyAsync<Family>(ct, Ids(familyRefs)))
        {
            if (family.ExternalReference is null)
            {
                state.Families[family.Id.ToString()] = family;
            }
        }

        foreach (var child in await session.Query<Child>().Where(c => c.ExternalReference.IsOneOf(childRefs)).ToListAsync(ct))
        {
            state.Children[child.ExternalReference!] = child;
        }

        foreach (var child in await session.LoadManyAsync<Child>(ct, Ids(childRefs)))
        {
            if (child.ExternalReference is null)
            {
                state.Children[child.Id.ToString()] = child;
            }
        }

        Guid?[] familyIds = [.. state.Families.Values.Select(f => (Guid?)f.Id)];
        var guardians = familyIds.Length == 0
            ? []
            : await session.Query<UserAccount>().Where(a => a.Kind == AccountKind.Guardian && a.FamilyId.IsOneOf(familyIds)).ToListAsync(ct);
        state.Guardians = guardians.OrderBy(a => a.Id).ToLookup(a => a.FamilyId!.Value);
        state.TakenLogins.UnionWith(await session.Query<UserAccount>().Select(a => a.LoginKey).ToListAsync(ct));
        return state;
    }

    public Family? FindFamily(string reference) => Families.GetValueOrDefault(Key(reference));

    public Child? FindChild(string reference) => Children.GetValueOrDefault(Key(reference));

    /// <summary>An id written by the export may come back in another case or format: compare ids as ids.</summary>
    private static string Key(string reference) => Guid.TryParse(reference, out var id) ? id.ToString() : reference;

    private static Guid[] Ids(string[] references) =>
        [.. references.Select(r => Guid.TryParse(r, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];
}
