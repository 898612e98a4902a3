using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Marten;
using Wolverine;

namespace Cantine.Accounts.Features.Shared;

/// <summary>
/// Publishes what Invoicing prints (ADR 0028): the town's billing details after a structure change, a family's after a
/// change of the family or of one of its guardians, in the command's transaction (the outbox); with the latter, the e-mail
/// addresses of all the family's guardians, which Messaging writes to (ADR 0033).
/// </summary>
internal static class BillingDetails
{
    /// <summary>The structure as the events leave it, at the stream's new <paramref name="version"/>; nothing when nothing changed.</summary>
    public static ValueTask PublishTownAsync(IMessageBus bus, string tenantId, Structure? before, IReadOnlyList<object> events, long version)
    {
        if (before is null || events.Count == 0)
        {
            return ValueTask.CompletedTask;
        }

        var after = events.Aggregate(before, Fold);
        return PublishTownAsync(bus, tenantId, after, version);
    }

    public static ValueTask PublishTownAsync(IMessageBus bus, string tenantId, Structure structure, long version) =>
        bus.PublishAsync(new StructureBillingDetailsChangedIntegrationEvent(
            tenantId, structure.Name, structure.Address.Street, structure.Address.PostalCode, structure.Address.City, structure.Phone,
            structure.ContactEmail, structure.LogoFileId, structure.OnlinePaymentEnabled, version, structure.PayfipClientNumber, structure.PayfipEnvironment));

    /// <summary>
    /// A family's billing details after this command: what is saved, with the events the command appends to the family's
    /// stream (<paramref name="familyEvents"/>) and to its guardians' (<paramref name="guardianEvents"/>, by account id)
    /// folded on; one batched read. Nothing for an erased or unknown family.
    /// </summary>
    public static async Task PublishFamilyAsync(
        IDocumentSession session,
        IMessageBus bus,
        string tenantId,
        Guid familyId,
        IReadOnlyList<object> familyEvents,
        IReadOnlyDictionary<Guid, IReadOnlyList<object>> guardianEvents,
        CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var savedFamily = batch.Load<Family>(familyId);
        var savedGuardians = batch.Query<UserAccount>().Where(a => a.FamilyId == familyId).ToList();
        var counter = batch.Load<FamilyBillingVersion>(familyId);
        await batch.Execute(ct);

        var family = familyEvents.Aggregate(await savedFamily, FoldFamily);
        if (family is null || family.IsErased)
        {
            return;
        }

        var guardians = (await savedGuardians).Where(a => a.Kind == AccountKind.Guardian).ToDictionary(a => a.Id);
        foreach (var (id, events) in guardianEvents)
        {
            if (events.Aggregate(guardians.GetValueOrDefault(id), FoldGuardian) is { } guardian && guardian.FamilyId == familyId)
            {
                guardians[id] = guardian;
            }
        }

        var billing = BillingGuardian(guardians.Values);
        var version = ((await counter)?.Version ?? 0) + 1;
        var next = new FamilyBillingVersion(familyId, version);
        if (version == 1)
        {
            session.Insert(next);
        }
        else
        {
            session.Update(next);
        }

        await bus.PublishAsync(new FamilyBillingDetailsChangedIntegrationEvent(
            tenantId, familyId, family.Name, billing?.Id, billing?.DisplayName ?? string.Empty, billing?.Address?.Street ?? string.Empty,
            billing?.Address?.PostalCode ?? string.Empty, billing?.Address?.City ?? string.Empty, billing?.Email ?? string.Empty, version));
        await bus.PublishAsync(new FamilyContactsChangedIntegrationEvent(
            tenantId, familyId,
            [.. guardians.Values.Where(g => !g.IsDisabled && !string.IsNullOrWhiteSpace(g.Email)).OrderBy(g => g.Id)
                .Select(g => new GuardianContact(g.Id, g.DisplayName, g.Email))],
            version));
    }

    /// <summary>A family's billing details after a command that changed only the family's stream.</summary>
    public static Task PublishFamilyAsync(IDocumentSession session, IMessageBus bus, string tenantId, Guid familyId, IReadOnlyList<object> familyEvents, CancellationToken ct) =>
        PublishFamilyAsync(session, bus, tenantId, familyId, familyEvents, new Dictionary<Guid, IReadOnlyList<object>>(), ct);

    /// <summary>The first guardian (ids are time-ordered: registration order) with a postal address, else the first guardian.</summary>
    public static UserAccount? BillingGuardian(IReadOnlyCollection<UserAccount> guardians)
    {
        var ordered = guardians.Where(g => !g.IsDisabled).OrderBy(g => g.Id).ToList(); // an erased guardian is disabled
        return ordered.FirstOrDefault(g => g.Address is not null) ?? ordered.FirstOrDefault();
    }

    private static Family? FoldFamily(Family? family, object e) => e switch
    {
        FamilyRegistered registered => Family.Create(registered),
        FamilyRenamed renamed when family is not null => family.Apply(renamed),
        FamilyArchived archived when family is not null => family.Apply(archived),
        FamilyErased erased when family is not null => family.Apply(erased),
        _ => family,
    };

    private static UserAccount? FoldGuardian(UserAccount? account, object e) => e switch
    {
        GuardianRegistered registered => UserAccount.Create(registered),
        GuardianDetailsChanged changed when account is not null => account.Apply(changed),
        GuardianErased erased when account is not null => account.Apply(erased),
        _ => account,
    };

    private static Structure Fold(Structure structure, object e) => e switch
    {
        StructureContactDetailsChanged changed => structure.Apply(changed),
        StructureLogoChanged logo => structure.Apply(logo),
        StructureLogoRemoved removed => structure.Apply(removed),
        OnlinePaymentChanged payment => structure.Apply(payment),
        PayfipSettingsChanged payfip => structure.Apply(payfip),
        PasswordPolicyChanged policy => structure.Apply(policy),
        _ => structure,
    };
}
