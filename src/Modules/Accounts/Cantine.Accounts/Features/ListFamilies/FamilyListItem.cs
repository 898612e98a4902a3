namespace Cantine.Accounts.Features.ListFamilies;

/// <summary>
/// One row of the staff's family list, kept by <see cref="FamilyListProjection"/>: what the list shows and
/// searches, so a page of 20,000 families reads one table with one trigram index (ADR 0015).
/// </summary>
public sealed record FamilyListItem
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public bool IsArchived { get; init; }

    public IReadOnlyList<FamilyListGuardian> Guardians { get; init; } = [];

    public IReadOnlyList<FamilyListChild> Children { get; init; } = [];

    /// <summary>Guardians' and children's ids: to find the rows an event about one of them changes.</summary>
    public IReadOnlyList<Guid> MemberIds { get; init; } = [];

    /// <summary>Everything searchable, lower case and without accents (<see cref="SearchText"/>).</summary>
    public string SearchText { get; init; } = string.Empty;

    public string SortName { get; init; } = string.Empty;

    public string SortGuardian { get; init; } = string.Empty;

    public int ChildCount { get; init; }

    /// <summary>Recomputes the derived columns after a change.</summary>
    public FamilyListItem Refreshed()
    {
        var words = new List<string> { Name };
        foreach (var g in Guardians)
        {
            words.AddRange([g.FirstName, g.LastName, g.Login, g.Email]);
        }

        foreach (var c in Children)
        {
            words.AddRange([c.FirstName, c.LastName]);
        }

        var first = Guardians.OrderBy(g => g.LastName, StringComparer.Ordinal).ThenBy(g => g.FirstName, StringComparer.Ordinal).FirstOrDefault();
        return this with
        {
            MemberIds = [.. Guardians.Select(g => g.Id), .. Children.Select(c => c.Id)],
            SearchText = ListFamilies.SearchText.Normalize(string.Join(" | ", words)),
            SortName = ListFamilies.SearchText.Normalize(Name),
            SortGuardian = first is null ? string.Empty : ListFamilies.SearchText.Normalize($"{first.LastName} {first.FirstName}"),
            ChildCount = Children.Count,
        };
    }
}

public sealed record FamilyListGuardian(Guid Id, string FirstName, string LastName, string Login, string Email);

public sealed record FamilyListChild(Guid Id, string FirstName, string LastName);
