using Cantine.Accounts.Domain;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Cantine.Accounts.Features.ListFamilies;

/// <summary>
/// Keeps <see cref="FamilyListItem"/> from the family, guardian and child streams, inline (the list shows a change
/// right after the redirect). A custom projection rather than a multi-stream one: a guardian's or a child's later
/// events do not carry their family, so each event finds its rows through <see cref="FamilyListItem.MemberIds"/>
/// (ADR 0015). Rows touched by one save are kept in memory so events of the same batch see each other.
/// </summary>
public sealed class FamilyListProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var batch = new Batch(operations);
        foreach (var @event in events)
        {
            await ApplyAsync(batch, @event.Data, cancellation);
        }

        foreach (var row in batch.Changed)
        {
            operations.Store(row);
        }
    }

    private static async Task ApplyAsync(Batch batch, object data, CancellationToken ct)
    {
        switch (data)
        {
            case FamilyRegistered e:
                batch.Put(new FamilyListItem { Id = e.FamilyId, Name = e.Name });
                break;
            case FamilyRenamed e:
                await batch.ChangeAsync(e.FamilyId, row => row with { Name = e.Name }, ct);
                break;
            case FamilyArchived e:
                await batch.ChangeAsync(e.FamilyId, row => row with { IsArchived = true }, ct);
                break;
            case GuardianRegistered e:
                await batch.ChangeAsync(e.FamilyId, row => row with
                {
                    Guardians = [.. row.Guardians, new FamilyListGuardian(e.UserId, e.FirstName, e.LastName, e.Login, e.Email)],
                }, ct);
                break;
            case GuardianDetailsChanged e:
                await batch.ChangeMemberAsync(e.UserId, row => row with
                {
                    Guardians = [.. row.Guardians.Select(g => g.Id == e.UserId ? g with { FirstName = e.FirstName, LastName = e.LastName, Email = e.Email } : g)],
                }, ct);
                break;
            case LoginChanged e:
                await batch.ChangeMemberAsync(e.UserId, row => row with
                {
                    Guardians = [.. row.Guardians.Select(g => g.Id == e.UserId ? g with { Login = e.Login } : g)],
                }, ct);
                break;
            case ChildRegistered e:
                await batch.ChangeAsync(e.FamilyId, row => row with
                {
                    Children = [.. row.Children, new FamilyListChild(e.ChildId, e.FirstName, e.LastName)],
                }, ct);
                break;
            case ChildAttachedToFamily e:
                var known = (await batch.WithMemberAsync(e.ChildId, ct)).SelectMany(r => r.Children).FirstOrDefault(c => c.Id == e.ChildId);
                if (known is not null)
                {
                    await batch.ChangeAsync(e.FamilyId, row => row with { Children = [.. row.Children.Where(c => c.Id != e.ChildId), known] }, ct);
                }

                break;
            case ChildDetachedFromFamily e:
                await batch.ChangeAsync(e.FamilyId, row => row with { Children = [.. row.Children.Where(c => c.Id != e.ChildId)] }, ct);
                break;
            case FamilyErased e:
                // RGPD erasure (ADR 0018): the row holds names, logins and e-mails; an erased family is listed no more.
                batch.Remove(e.FamilyId);
                break;
            case ChildDetailsChanged e:
                await batch.ChangeMemberAsync(e.ChildId, row => row with
                {
                    Children = [.. row.Children.Select(c => c.Id == e.ChildId ? c with { FirstName = e.FirstName, LastName = e.LastName } : c)],
                }, ct);
                break;
        }
    }

    private sealed class Batch(IDocumentOperations operations)
    {
        private readonly Dictionary<Guid, FamilyListItem> _rows = [];
        private readonly HashSet<Guid> _changed = [];

        public IEnumerable<FamilyListItem> Changed => _changed.Select(id => _rows[id]);

        public void Put(FamilyListItem row)
        {
            _rows[row.Id] = row.Refreshed();
            _changed.Add(row.Id);
        }

        public void Remove(Guid familyId)
        {
            _rows.Remove(familyId);
            _changed.Remove(familyId);
            operations.Delete<FamilyListItem>(familyId);
        }

        public async Task ChangeAsync(Guid familyId, Func<FamilyListItem, FamilyListItem> change, CancellationToken ct)
        {
            if (!_rows.TryGetValue(familyId, out var row))
            {
                row = await operations.LoadAsync<FamilyListItem>(familyId, ct);
                if (row is null)
                {
                    return;
                }
            }

            Put(change(row));
        }

        public async Task ChangeMemberAsync(Guid memberId, Func<FamilyListItem, FamilyListItem> change, CancellationToken ct)
        {
            foreach (var row in await WithMemberAsync(memberId, ct))
            {
                Put(change(row));
            }
        }

        public async Task<IReadOnlyList<FamilyListItem>> WithMemberAsync(Guid memberId, CancellationToken ct)
        {
            var stored = await operations.Query<FamilyListItem>().Where(r => r.MemberIds.Contains(memberId)).ToListAsync(ct);
            foreach (var row in stored)
            {
                _rows.TryAdd(row.Id, row);
            }

            return _rows.Values.Where(r => r.MemberIds.Contains(memberId)).ToList();
        }
    }
}
