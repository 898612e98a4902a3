using Cantine.Accounts.Domain;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Domain;

namespace Cantine.Accounts.Features.Shared;

/// <summary>Turns a refused password decision into French refusals on the right fields.</summary>
internal static class PasswordRules
{
    /// <summary>
    /// One error per <see cref="PasswordProblem"/> when <see cref="PasswordPolicy"/> refused the password
    /// (<see cref="PasswordDecisions.PasswordRefused"/>), else the decision's own refusal.
    /// </summary>
    public static IReadOnlyList<Error> Refusals(
        Decision refused, Structure? structure, string passwordField = "NewPassword", string confirmationField = "Confirmation") =>
        refused.Refusal == PasswordDecisions.PasswordRefused && structure is not null
            ? refused.Args.Cast<PasswordProblem>().Select(problem => new Error(
                "Password." + problem,
                problem switch
                {
                    PasswordProblem.TooShort => AccountsText.Get("Password.TooShort", Math.Max(structure.PasswordMinLength, PasswordPolicy.LowestMinLength)),
                    PasswordProblem.TooLong => AccountsText.Get("Password.TooLong", PasswordPolicy.MaxLength),
                    _ => AccountsText.Get("Password." + problem),
                },
                problem == PasswordProblem.ConfirmationMismatch ? confirmationField : passwordField))
            .ToList()
            : [Mapping.Refusal(refused)];
}
