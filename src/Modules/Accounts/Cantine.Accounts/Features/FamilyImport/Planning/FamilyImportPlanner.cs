using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.FamilyImport.Csv;

namespace Cantine.Accounts.Features.FamilyImport.Planning;

/// <summary>
/// Compares a read file with what the structure holds and asks the aggregates' decisions for the events: a family,
/// guardian or child is created when its reference (or, for a guardian, its e-mail then its name within the family)
/// matches nothing, updated when a field differs, and left alone otherwise. An import never deletes, archives or
/// detaches anything, and never gives a child a third family (SPEC §2): that line is refused.
/// </summary>
internal static class FamilyImportPlanner
{
    public static ImportPlan Plan(FamilyCsvFile file, ImportState state, string tenantId, DateTimeOffset now)
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

            family = PlanFamily(plan, head, family, now);
            GuardianPlanner.Plan(plan, state, head, family.Id, state.Guardians[family.Id].ToList(), now);
            foreach (var line in lines.Where(l => l.Child is not null))
            {
                PlanChild(plan, line, family, children, state, tenantId, now);
            }
        }

        plan.Refused.Sort((a, b) => a.LineNumber.CompareTo(b.LineNumber));
        return plan;
    }

    private static Family PlanFamily(ImportPlan plan, CsvFamilyLine head, Family? family, DateTimeOffset now)
    {
        if (family is null)
        {
            var registered = (FamilyRegistered)FamilyDecisions.Decide(
                new Domain.RegisterFamily(Guid.CreateVersion7(), head.FamilyName, head.FamilyReference), now).Events[0];
            plan.Start<Family>(registered.FamilyId, registered);
            plan.BillingFamilies.Add(registered.FamilyId);
            plan.FamiliesCreated++;
            plan.Describe(head, true, ImportText.Get("Change.NewFamily", head.FamilyName));
            return Family.Create(registered);
        }

        foreach (var renamed in FamilyDecisions.Decide(new Domain.RenameFamily(head.FamilyName), family, now).Events)
        {
            plan.Append<Family>(family.Id, renamed);
            plan.BillingFamilies.Add(family.Id);
            plan.FamiliesUpdated++;
            plan.Describe(head, false, ImportText.Get("Change.FamilyRenamed", family.Name, head.FamilyName));
        }

        return family;
    }

    private static void PlanChild(
        ImportPlan plan, CsvFamilyLine line, Family family, Dictionary<string, Child> planned, ImportState state, string tenantId, DateTimeOffset now)
    {
        var row = line.Child!;
        var name = $"{row.FirstName} {row.LastName}";
        var child = planned.GetValueOrDefault(row.Reference) ?? state.FindChild(row.Reference);
        if (child is null)
        {
            var register = new Domain.RegisterChild(
                Guid.CreateVersion7(), row.FirstName, row.LastName, row.BirthDate, row.School, row.Class, ExternalReference: row.Reference);
            var events = ChildDecisions.Decide(register, family, now).Events;
            var registered = (ChildRegistered)events[0];
            plan.Start<Child>(registered.ChildId, registered);
            foreach (var e in events.Skip(1))
            {
                plan.Append<Child>(registered.ChildId, e);
            }

            plan.IntegrationEvents.Add(new ChildRegisteredIntegrationEvent(
                tenantId, registered.ChildId, family.Id, registered.FirstName, registered.LastName, registered.School, registered.Class));
            planned[row.Reference] = Child.Create(registered);
            plan.ChildrenCreated++;
            plan.Describe(line, true, ImportText.Get("Change.NewChild", name));
            return;
        }

        var attach = ChildDecisions.Decide(new AttachChild(family.Id), child, family, now);
        if (attach.Refusal == "ChildTooManyFamilies")
        {
            plan.Refused.Add(new RefusedLineDto(line.LineNumber, ImportText.Get("Line.TooManyFamilies", name, family.Name)));
            return;
        }

        var updated = child;
        foreach (var changed in ChildDecisions.Decide(new Domain.ChangeChildDetails(row.FirstName, row.LastName, row.BirthDate, row.School, row.Class), child, now)
            .Events.Cast<ChildDetailsChanged>())
        {
            plan.Append<Child>(child.Id, changed);
            plan.IntegrationEvents.Add(new ChildDetailsChangedIntegrationEvent(tenantId, child.Id, changed.FirstName, changed.LastName, changed.School, changed.Class));
            plan.Describe(line, false, ImportText.Get("Change.ChildChanged", name));
            updated = updated.Apply(changed);
        }

        foreach (var attached in attach.Events.Cast<ChildAttachedToFamily>())
        {
            plan.Append<Child>(child.Id, attached);
            plan.IntegrationEvents.Add(new ChildAttachedToFamilyIntegrationEvent(tenantId, child.Id, family.Id));
            plan.Describe(line, false, ImportText.Get("Change.ChildAttached", name));
            updated = updated.Apply(attached);
        }

        if (updated != child)
        {
            plan.ChildrenUpdated++;
        }

        planned[row.Reference] = updated;
    }
}
