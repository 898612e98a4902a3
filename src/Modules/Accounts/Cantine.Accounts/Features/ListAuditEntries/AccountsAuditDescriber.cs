using Cantine.Accounts.Domain;
using Cantine.BuildingBlocks.Auditing;
using JasperFx.Events;
using Marten;

namespace Cantine.Accounts.Features.ListAuditEntries;

/// <summary>
/// The French description of each Accounts event. Events carry the new values; the "before" comes from the
/// stream folded up to the previous version (ADR 0017).
/// </summary>
internal sealed class AccountsAuditDescriber : IAuditDescriber
{
    public IReadOnlyCollection<Type> Ignored { get; } = [typeof(SignedIn), typeof(AccountLockedOut)];

    public async ValueTask<string?> DescribeAsync(IEvent e, IQuerySession session, CancellationToken ct) => e.Data switch
    {
        StructureCreated x => T("StructureCreated", x.Name),
        StructureContactDetailsChanged x => await StructureChangesAsync(session, e, x, ct),
        PasswordPolicyChanged x => T("PasswordPolicyChanged", (await BeforeAsync<Structure>(session, e, ct))?.PasswordMinLength, x.PasswordMinLength),
        FamilyRegistered x => T("FamilyRegistered", x.Name),
        FamilyRenamed x => T("FamilyRenamed", (await BeforeAsync<Family>(session, e, ct))?.Name, x.Name),
        FamilyArchived x => T("FamilyArchived", await FamilyNameAsync(session, x.FamilyId, ct)),
        FamilyErased x => T("FamilyErased", x.Reason),
        GuardianRegistered x => T("GuardianRegistered", await FamilyNameAsync(session, x.FamilyId, ct), Changes.Name(x.FirstName, x.LastName), x.Login),
        GuardianDetailsChanged x => await GuardianChangesAsync(session, e, x, ct),
        GuardianErased => T("GuardianErased"),
        LoginChanged x => await WithAccountAsync(session, e, a => T("LoginChanged", a?.DisplayName, a?.Login, x.Login), ct),
        PasswordChanged => await WithAccountAsync(session, e, a => T("PasswordChanged", a?.DisplayName), ct),
        StaffMemberRegistered x => T("StaffMemberRegistered", Changes.Name(x.FirstName, x.LastName), x.Role, x.Login),
        StaffMemberDisabled => await WithAccountAsync(session, e, a => T("StaffMemberDisabled", a?.DisplayName), ct),
        StaffMemberEnabled => await WithAccountAsync(session, e, a => T("StaffMemberEnabled", a?.DisplayName), ct),
        TwoFactorEnabled => await WithAccountAsync(session, e, a => T("TwoFactorEnabled", a?.DisplayName), ct),
        TwoFactorReset => await WithAccountAsync(session, e, a => T("TwoFactorReset", a?.DisplayName), ct),
        ChildRegistered x => T("ChildRegistered", await FamilyNameAsync(session, x.FamilyId, ct), Changes.Name(x.FirstName, x.LastName)),
        ChildAttachedToFamily x => T("ChildAttachedToFamily", await ChildNameAsync(session, e, ct), await FamilyNameAsync(session, x.FamilyId, ct)),
        ChildDetachedFromFamily x => T("ChildDetachedFromFamily", await ChildNameAsync(session, e, ct), await FamilyNameAsync(session, x.FamilyId, ct)),
        ChildDetailsChanged x => await ChildChangesAsync(session, e, x, ct),
        ChildCareNotesChanged x => await CareNotesChangesAsync(session, e, x, ct),
        ChildExternalReferenceSet x => T("ChildExternalReferenceSet", await ChildNameAsync(session, e, ct),
            (await BeforeAsync<Child>(session, e, ct))?.ExternalReference, x.ExternalReference),
        ChildErased => T("ChildErased"),
        _ => null,
    };

    private static string T(string key, params object?[] args) =>
        AuditText.Get(key, args.Select(a => (object)(a is null ? AuditText.Get("Unknown") : Changes.Text(a))).ToArray());

    /// <summary>The stream's state just before this event (null for the stream's first event).</summary>
    private static async Task<TState?> BeforeAsync<TState>(IQuerySession session, IEvent e, CancellationToken ct)
        where TState : class =>
        e.Version <= 1 ? null : await session.Events.AggregateStreamAsync<TState>(e.StreamId, e.Version - 1, token: ct);

    private static async Task<string> WithAccountAsync(IQuerySession session, IEvent e, Func<UserAccount?, string> describe, CancellationToken ct) =>
        describe(await BeforeAsync<UserAccount>(session, e, ct));

    private static async Task<string?> FamilyNameAsync(IQuerySession session, Guid familyId, CancellationToken ct) =>
        (await session.LoadAsync<Family>(familyId, ct))?.Name;

    private static async Task<string?> ChildNameAsync(IQuerySession session, IEvent e, CancellationToken ct) =>
        (await BeforeAsync<Child>(session, e, ct)) is { } child ? Changes.Name(child.FirstName, child.LastName) : null;

    private static async Task<string> StructureChangesAsync(IQuerySession session, IEvent e, StructureContactDetailsChanged x, CancellationToken ct)
    {
        var before = await BeforeAsync<Structure>(session, e, ct);
        return T("StructureContactDetailsChanged", Changes.Of(
            ("Name", before?.Name, x.Name), ("Address", before?.Address, x.Address), ("Phone", before?.Phone, x.Phone),
            ("ContactEmail", before?.ContactEmail, x.ContactEmail)));
    }

    private static async Task<string> GuardianChangesAsync(IQuerySession session, IEvent e, GuardianDetailsChanged x, CancellationToken ct)
    {
        var before = await BeforeAsync<UserAccount>(session, e, ct);
        return T("GuardianDetailsChanged", before?.DisplayName, Changes.Of(
            ("Civility", before?.Civility, x.Civility), ("FirstName", before?.FirstName, x.FirstName), ("LastName", before?.LastName, x.LastName),
            ("Email", before?.Email, x.Email), ("Phone", before?.Phone, x.Phone), ("Address", before?.Address, x.Address)));
    }

    private static async Task<string> ChildChangesAsync(IQuerySession session, IEvent e, ChildDetailsChanged x, CancellationToken ct)
    {
        var before = await BeforeAsync<Child>(session, e, ct);
        return T("ChildDetailsChanged", before is null ? null : Changes.Name(before.FirstName, before.LastName), Changes.Of(
            ("FirstName", before?.FirstName, x.FirstName), ("LastName", before?.LastName, x.LastName), ("BirthDate", before?.BirthDate, x.BirthDate),
            ("School", before?.School, x.School), ("Class", before?.Class, x.Class)));
    }

    private static async Task<string> CareNotesChangesAsync(IQuerySession session, IEvent e, ChildCareNotesChanged x, CancellationToken ct)
    {
        var before = await BeforeAsync<Child>(session, e, ct);
        return T("ChildCareNotesChanged", before is null ? null : Changes.Name(before.FirstName, before.LastName), Changes.Of(
            ("Allergies", before?.Allergies, x.Allergies), ("Pai", before?.HasPai, x.HasPai), ("StaffNotes", before?.StaffNotes, x.StaffNotes)));
    }
}
