namespace Cantine.Accounts.Domain;

public enum PasswordProblem
{
    Missing,
    TooShort,
    TooLong,
    ConfirmationMismatch,
    ContainsLogin,
    ContainsStructureName,
    TooCommon,
}
