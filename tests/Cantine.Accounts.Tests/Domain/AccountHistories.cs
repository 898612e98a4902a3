using Cantine.Accounts.Domain;
using Cantine.Testing.Decisions;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>The accounts, credentials and structure the decision tests start from.</summary>
internal static class AccountHistories
{
    public static readonly DateTimeOffset Now = new(2030, 9, 2, 8, 0, 0, TimeSpan.Zero);

    public static readonly Guid FamilyId = Guid.NewGuid();

    public static readonly GuardianRegistered ParentRegistered =
        new(Guid.NewGuid(), FamilyId, "jean.dupont", "M.", "Jean", "Dupont", "jean.dupont@exemple.fr", "06 12 34 56 78");

    public static readonly StaffMemberRegistered AgentRegistered =
        new(Guid.NewGuid(), "agnes.morel", "Agnès", "Morel", "agnes.morel@demo.fr", StaffRole.Agent);

    public static readonly StaffMemberRegistered AdministratorRegistered =
        new(Guid.NewGuid(), "paul.martin", "Paul", "Martin", "paul.martin@demo.fr", StaffRole.Administrateur);

    public static readonly Structure Town = History.Of<Structure>(new StructureCreated(
        Guid.NewGuid(), "villeneuve", "Villeneuve", new PostalAddress("1 place de la Mairie", "31000", "Villeneuve"), "05 00 00 00 00",
        "mairie@villeneuve.fr", BookingPeriodKind.Week, [DayOfWeek.Monday], 12))!;

    public static UserAccount Guardian(params object[] more) => Of(ParentRegistered, more);

    public static UserAccount Agent(params object[] more) => Of(AgentRegistered, more);

    public static UserAccount Administrator(params object[] more) => Of(AdministratorRegistered, more);

    public static UserCredentials CredentialsOf(UserAccount account) => UserCredentials.New(account.Id).WithPassword("hash");

    private static UserAccount Of(object first, object[] more) => History.Of<UserAccount>([first, .. more])!;
}
