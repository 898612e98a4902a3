using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.FamilyImport.Csv;

namespace Cantine.Accounts.Features.FamilyImport.Planning;

/// <summary>
/// A family's one or two guardians of the file: matched by e-mail, then by name, among the family's accounts; a match
/// gets <see cref="GuardianDecisions"/>' details change, no match a new account with a free login.
/// </summary>
internal static class GuardianPlanner
{
    public static void Plan(ImportPlan plan, ImportState state, CsvFamilyLine head, Guid familyId, List<UserAccount> existing, DateTimeOffset now)
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
                plan.GuardianFamilies[match.Id] = familyId;
                foreach (var changed in GuardianDecisions.Decide(Details(guardian, isFirst ? head.Address : match.Address), match, now).Events)
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
            plan.GuardianFamilies[registered.UserId] = familyId;
            if (isFirst && head.Address is not null)
            {
                foreach (var changed in GuardianDecisions.Decide(Details(guardian, head.Address), UserAccount.Create(registered), now).Events)
                {
                    plan.Append<UserAccount>(registered.UserId, changed);
                }
            }

            previous = registered.UserId;
            plan.Credentials.Add(UserCredentials.New(registered.UserId));
            plan.GuardiansCreated++;
            plan.Describe(head, true, ImportText.Get("Change.NewGuardian", $"{guardian.FirstName} {guardian.LastName}", login));
        }
    }

    private static Domain.ChangeGuardianDetails Details(CsvGuardian guardian, PostalAddress? address) =>
        new(guardian.Civility, guardian.FirstName, guardian.LastName, guardian.Email, guardian.Phone, address);

    private static bool SameName(string a, string b) => PasswordPolicy.Flatten(a) == PasswordPolicy.Flatten(b);
}
