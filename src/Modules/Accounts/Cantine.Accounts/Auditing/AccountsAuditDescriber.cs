using Cantine.Accounts.Domain;
using Cantine.Audit.Contracts.Describing;
using Marten;

namespace Cantine.Accounts.Auditing;

/// <summary>
/// The French description of each Accounts event. Events carry the new values; the "before" comes from the
/// stream folded up to the previous version (ADR 0017).
/// </summary>
internal sealed class AccountsAuditDescriber(IQuerySession session) : IAuditDescriber
{
    public IReadOnlyCollection<Type> Ignored { get; } = [typeof(SignedIn), typeof(AccountLockedOut)];

    public async ValueTask<string?> DescribeAsync(AuditedEvent e, CancellationToken ct) => e.Data switch
    {
        StructureCreated x => T("StructureCreated", x.Name),
        StructureContactDetailsChanged x => await StructureChangesAsync(e, x, ct),
        PasswordPolicyChanged x => T("PasswordPolicyChanged", (await BeforeAsync<Structure>(e, ct))?.PasswordMinLength, x.PasswordMinLength),
        FamilyRegistered x => T("FamilyRegistered", x.Name),
        FamilyRenamed x => T("FamilyRenamed", (await BeforeAsync<Family>(e, ct))?.Name, x.Name),
        FamilyArchived x => T("FamilyArchived", await FamilyNameAsync(x.FamilyId, ct)),
        FamilyErased x => T("FamilyErased", x.Reason),
        GuardianRegistered x => T("GuardianRegistered", await FamilyNameAsync(x.FamilyId, ct), Changes.Name(x.FirstName, x.LastName), x.Login),
        GuardianDetailsChanged x => await GuardianChangesAsync(e, x, ct),
        GuardianErased => T("GuardianErased"),
        LoginChanged x => await WithAccountAsync(e, a => T("LoginChanged", a?.DisplayName, a?.Login, x.Login), ct),
        PasswordChanged => await WithAccountAsync(e, a => T("PasswordChanged", a?.DisplayName), ct),
        StaffMemberRegistered x => T("StaffMemberRegistered", Changes.Name(x.FirstName, x.LastName), x.Role, x.Login),
        StaffMemberDisabled => await WithAccountAsync(e, a => T("StaffMemberDisabled", a?.DisplayName), ct),
        StaffMemberEnabled => await WithAccountAsync(e, a => T("StaffMemberEnabled", a?.DisplayName), ct),
        TwoFactorEnabled => await WithAccountAsync(e, a => T("TwoFactorEnabled", a?.DisplayName), ct),
        TwoFactorReset => await WithAccountAsync(e, a => T("TwoFactorReset", a?.DisplayName), ct),
        ChildRegistered x => T("ChildRegistered", await FamilyNameAsync(x.FamilyId, ct), Changes.Name(x.FirstName, x.LastName)),
        ChildAttachedToFamily x => T("ChildAttachedToFamily", await ChildNameAsync(e, ct), await FamilyNameAsync(x.FamilyId, ct)),
        ChildDetachedFromFamily x => T("ChildDetachedFromFamily", await ChildNameAsync(e, ct), await FamilyNameAsync(x.FamilyId, ct)),
        ChildDetailsChanged x => await ChildChangesAsync(e, x, ct),
        ChildCareNotesChanged x => await CareNotesChangesAsync(e, x, ct),
        ChildExternalReferenceSet x => T("ChildExternalReferenceSet", await ChildNameAsync(e, ct),
            (await BeforeAsync<Child>(e, ct))?.ExternalReference, x.ExternalReference),
        ChildErased => T("ChildErased"),
        _ => null,
    };

    /// <summary>The family's stream, its guardians' and its children's (a child shared with another family included).</summary>
    public async ValueTask<IReadOnlyCollection<Guid>> FamilyStreamsAsync(Guid familyId, CancellationToken ct)
    {
        var guardians = await session.Query<UserAccount>().Where(a => a.FamilyId == familyId).Select(a => a.Id).ToListAsync(ct);
        var children = await session.Query<Child>().Where(c => c.FamilyIds.Contains(familyId)).Select(c => c.Id).ToListAsync(ct);
        return [familyId, .. guardians, .. children];
    }


    private static string T(string key, params object?[] args) =>
        AuditText.Get(key, args.Select(a => (object)(a is null ? AuditText.Get("Unknown") : Changes.Text(a))).ToArray());

    /// <summary>The stream's state just before this event (null for the stream's first event).</summary>
    private async Task<TState?> BeforeAsync<TState>(AuditedEvent e, CancellationToken ct)
        where TState : class =>
        e.Version <= 1 ? null : await session.Events.AggregateStreamAsync<TState>(e.StreamId, e.Version - 1, token: ct);

    private async Task<string> WithAccountAsync(AuditedEvent e, Func<UserAccount?, string> describe, CancellationToken ct) =>
        describe(await BeforeAsync<UserAccount>(e, ct));

    private async Task<string?> FamilyNameAsync(Guid familyId, CancellationToken ct) =>
        (await session.LoadAsync<Family>(familyId, ct))?.Name;

    private async Task<string?> ChildNameAsync(AuditedEvent e, CancellationToken ct) =>
        (await BeforeAsync<Child>(e, ct)) is { } child ? Changes.Name(child.FirstName, child.LastName) : null;

    private async Task<string> StructureChangesAsync(AuditedEvent e, StructureContactDetailsChanged x, CancellationToken ct)
    {
        var before = await BeforeAsync<Structure>(e, ct);
        return T("StructureContactDetailsChanged", Changes.Of(
            ("Name", before?.Name, x.Name), ("Address", before?.Address, x.Address), ("Phone", before?.Phone, x.Phone),
            ("ContactEmail", before?.ContactEmail, x.ContactEmail)));
    }

    private async Task<string> GuardianChangesAsync(AuditedEvent e, GuardianDetailsChanged x, CancellationToken ct)
    {
        var before = await BeforeAsync<UserAccount>(e, ct);
        return T("GuardianDetailsChanged", before?.DisplayName, Changes.Of(
            ("Civility", before?.Civility, x.Civility), ("FirstName", before?.FirstName, x.FirstName), ("LastName", before?.LastName, x.LastName),
            ("Email", before?.Email, x.Email), ("Phone", before?.Phone, x.Phone), ("Address", before?.Address, x.Address)));
    }

    private async Task<string> ChildChangesAsync(AuditedEvent e, ChildDetailsChanged x, CancellationToken ct)
    {
        var before = await BeforeAsync<Child>(e, ct);
        return T("ChildDetailsChanged", before is null ? null : Changes.Name(before.FirstName, before.LastName), Changes.Of(
            ("FirstName", before?.FirstName, x.FirstName), ("LastName", before?.LastName, x.LastName), ("BirthDate", before?.BirthDate, x.BirthDate),
            ("School", before?.School, x.School), ("Class", before?.Class, x.Class)));
    }

    private async Task<string> CareNotesChangesAsync(AuditedEvent e, ChildCareNotesChanged x, CancellationToken ct)
    {
        var before = await BeforeAsync<Child>(e, ct);
        return T("ChildCareNotesChanged", before is null ? null : Changes.Name(before.FirstName, before.LastName), Changes.Of(
            ("Allergies", before?.Allergies, x.Allergies), ("Pai", before?.HasPai, x.HasPai), ("StaffNotes", before?.StaffNotes, x.StaffNotes)));
    }
}
