namespace Cantine.Accounts.Features.Shared;

public enum PasswordCheck
{
    Wrong,
    Right,
    RightButRehash,
}
