namespace Cantine.Accounts.Domain;

public enum AccountKind
{
    Guardian,
    Staff,
}
