namespace Cantine.Accounts.Domain;

public enum PasswordChangeReason
{
    SetByOperator,
    ChosenFromLink,
    ChangedByUser,
}
