namespace Cantine.Accounts.Domain;

/// <summary>
/// Guessable passwords: zxcvbn's estimate (dictionaries of leaked passwords, keyboard walks,
/// repetitions, sequences, the user's own inputs) plus common French choices zxcvbn does not know.
/// </summary>
internal static class CommonPasswords
{
    private static readonly HashSet<string> FrenchFavourites =
    [
        "motdepasse", "azerty", "azertyuiop", "soleil", "doudou", "chouchou", "loulou", "bonjour", "marseille",
        "jetaime", "nicolas", "camille", "princesse", "coucou", "chocolat", "vacances", "cantine", "maman", "papa",
        "famille", "enfants", "ecole", "doudoune", "tintin", "bisous", "amour", "liberte", "france", "paris",
    ];

    public static bool IsGuessable(string password, IEnumerable<string> userInputs)
    {
        var core = PasswordPolicy.Flatten(password).TrimEnd("0123456789".ToCharArray());
        if (FrenchFavourites.Contains(core) || IsRepetitionOf(core, FrenchFavourites))
        {
            return true;
        }

        return Zxcvbn.Zxcvbn.MatchPassword(password, userInputs.Where(i => !string.IsNullOrWhiteSpace(i))).Score <= 1;
    }

    private static bool IsRepetitionOf(string core, IEnumerable<string> words) =>
        words.Any(word => core.Length > word.Length && core.Length % word.Length == 0
            && string.Concat(Enumerable.Repeat(word, core.Length / word.Length)) == core);
}
