using Cantine.Accounts.Domain;
using Cantine.BuildingBlocks.Contracts.Results;

namespace Cantine.Accounts.Features.Shared;

/// <summary>Applies <see cref="PasswordPolicy"/> and turns its findings into French refusals on the right fields.</summary>
internal static class PasswordRules
{
    public static IReadOnlyList<Error> Check(
        string? password, string? confirmation, Structure structure, UserAccount account,
        string passwordField = "NewPassword", string confirmationField = "Confirmation") =>
        PasswordPolicy.Check(password, confirmation, structure.PasswordMinLength, account.Login, structure.Name, structure.Slug)
            .Select(problem => new Error(
                "Password." + problem,
                problem switch
                {
                    PasswordProblem.TooShort => AccountsText.Get("Password.TooShort", Math.Max(structure.PasswordMinLength, PasswordPolicy.LowestMinLength)),
                    PasswordProblem.TooLong => AccountsText.Get("Password.TooLong", PasswordPolicy.MaxLength),
                    _ => AccountsText.Get("Password." + problem),
                },
                problem == PasswordProblem.ConfirmationMismatch ? confirmationField : passwordField))
            .ToList();
}
