using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.FamilyImport.Csv;

namespace Cantine.Accounts.Features.FamilyImport.Planning;

/// <summary>
/// Compares a read file with what the structure holds and decides the events: a family, guardian or child is created
/// when its reference (or, for a guardian, its e-mail then its name within the family) matches nothing, updated when
/// a field differs, and left alone otherwise. An import never deletes, archives or detaches anything.
/// </summary>
internal static class FamilyImportPlanner
{
    public static ImportPlan Plan(FamilyCsvFile file, ImportState state, string tenantId)
    {
        var plan = new ImportPlan();
        plan.Refused.AddRange(file.Refused.Select(r => new RefusedLineDto(r.LineNumber, r.Reason)));
        var children = new Dictionary<string, Child>(StringComparer.Ordinal);
        foreach (var lines in file.Families)
        {
            var head = lines.First();
            var family = state.FindFamily(head.FamilyReference);
            if (family?.IsArchived == true)
            {
                plan.Refused.AddRange(lines.Select(l => new RefusedLineDto(l.LineNumber, ImportText.Get("Line.Archived", head.FamilyReference))));
                continue;
            }

            var familyId = PlanFamily(plan, head, family);
            PlanGuardians(plan, state, head, familyId, state.Guardians[familyId].ToList());
            foreach (var line in lines.Where(l => l.Child is not null))
            {
                PlanChild(plan, line, familyId, children, state, tenantId);
            }
        }

        plan.Refused.Sort((a, b) => a.LineNumber.CompareTo(b.LineNumber));
        return plan;
    }

    private static Guid PlanFamily(ImportPlan plan, CsvFamilyLine head, Family? family)
    {
        if (family is null)
        {
            var registered = new FamilyRegistered(Guid.CreateVersion7(), head.FamilyName, head.FamilyReference);
            plan.Start<Family>(registered.FamilyId, registered);
            plan.FamiliesCreated++;
            plan.Describe(head, true, ImportText.Get("Change.NewFamily", head.FamilyName));
            return registered.FamilyId;
        }

        if (family.Name != head.FamilyName)
        {
            plan.Append<Family>(family.Id, new FamilyRenamed(family.Id, head.FamilyName));
            plan.FamiliesUpdated++;
            plan.Describe(head, false, ImportText.Get("Change.FamilyRenamed", family.Name, head.FamilyName));
        }

        return family.Id;
    }

    private static void PlanGuardians(ImportPlan plan, ImportState state, CsvFamilyLine head, Guid familyId, List<UserAccount> existing)
    {
        var previous = Guid.Empty;
        foreach (var (guardian, isFirst) in new[] { (head.First, true), (head.Second, false) })
        {
            if (guardian is null)
            {
                continue;
            }

            var match = existing.FirstOrDefault(a => a.EmailKey == Keys.Email(guardian.Email))
                ?? existing.FirstOrDefault(a => SameName(a.FirstName, guardian.FirstName) && SameName(a.LastName, guardian.LastName));
            if (match is not null)
            {
                existing.Remove(match);
                var changed = new GuardianDetailsChanged(
                    match.Id, guardian.Civility, guardian.FirstName, guardian.LastName, guardian.Email, guardian.Phone, isFirst ? head.Address : match.Address);
                if (match.Apply(changed) != match)
                {
                    plan.Append<UserAccount>(match.Id, changed);
                    plan.GuardiansUpdated++;
                    plan.Describe(head, false, ImportText.Get("Change.GuardianChanged", $"{guardian.FirstName} {guardian.LastName}"));
                }

                continue;
            }

            var login = LoginGenerator.Propose(guardian.FirstName, guardian.LastName, l => state.TakenLogins.Contains(Keys.Login(l)));
            state.TakenLogins.Add(Keys.Login(login));
            var registered = new GuardianRegistered(
                Ordered.After(previous), familyId, login, guardian.Civility, guardian.FirstName, guardian.LastName, guardian.Email, guardian.Phone);
            plan.Start<UserAccount>(registered.UserId, registered);
            if (isFirst && head.Address is not null)
            {
                plan.Append<UserAccount>(registered.UserId, new GuardianDetailsChanged(
                    registered.UserId, guardian.Civility, guardian.FirstName, guardian.LastName, guardian.Email, guardian.Phone, head.Address));
            }

            previous = registered.UserId;
            plan.Credentials.Add(UserCredentials.New(registered.UserId));
            plan.GuardiansCreated++;
            plan.Describe(head, true, ImportText.Get("Change.NewGuardian", $"{guardian.FirstName} {guardian.LastName}", login));
        }
    }

    private static void PlanChild(ImportPlan plan, CsvFamilyLine line, Guid familyId, Dictionary<string, Child> planned, ImportState state, string tenantId)
    {
        var row = line.Child!;
        var name = $"{row.FirstName} {row.LastName}";
        var child = planned.GetValueOrDefault(row.Reference) ?? state.FindChild(row.Reference);
        if (child is null)
        {
            var registered = new ChildRegistered(Guid.CreateVersion7(), familyId, row.FirstName, row.LastName, row.BirthDate, row.School, row.Class);
            plan.Start<Child>(registered.ChildId, registered);
            plan.Append<Child>(registered.ChildId, new ChildExternalReferenceSet(registered.ChildId, row.Reference));
            plan.IntegrationEvents.Add(new ChildRegisteredIntegrationEvent(
                tenantId, registered.ChildId, familyId, row.FirstName, row.LastName, row.School, row.Class));
            planned[row.Reference] = Child.Create(registered);
            plan.ChildrenCreated++;
            plan.Describe(line, true, ImportText.Get("Change.NewChild", name));
            return;
        }

        var changed = new ChildDetailsChanged(child.Id, row.FirstName, row.LastName, row.BirthDate, row.School, row.Class);
        var updated = child.Apply(changed);
        if (updated != child)
        {
            plan.Append<Child>(child.Id, changed);
            plan.IntegrationEvents.Add(new ChildDetailsChangedIntegrationEvent(tenantId, child.Id, row.FirstName, row.LastName, row.School, row.Class));
            plan.Describe(line, false, ImportText.Get("Change.ChildChanged", name));
        }

        if (!updated.FamilyIds.Contains(familyId))
        {
            plan.Append<Child>(child.Id, new ChildAttachedToFamily(child.Id, familyId));
            plan.IntegrationEvents.Add(new ChildAttachedToFamilyIntegrationEvent(tenantId, child.Id, familyId));
            updated = updated.Apply(new ChildAttachedToFamily(child.Id, familyId));
            plan.Describe(line, false, ImportText.Get("Change.ChildAttached", name));
        }

        if (updated != child)
        {
            plan.ChildrenUpdated++;
        }

        planned[row.Reference] = updated;
    }

    private static bool SameName(string a, string b) => PasswordPolicy.Flatten(a) == PasswordPolicy.Flatten(b);
}
