namespace Cantine.Accounts.Domain;

/// <summary>Proposes a readable login (<c>prenom.nom</c>, then <c>prenom.nom2</c>, …) that is not taken yet.</summary>
public static class LoginGenerator
{
    public static string Propose(string firstName, string lastName, Func<string, bool> isTaken)
    {
        var first = PasswordPolicy.Flatten(firstName);
        var last = PasswordPolicy.Flatten(lastName);
        var stem = string.Join('.', new[] { first, last }.Where(part => part.Length > 0));
        if (stem.Length == 0)
        {
            stem = "parent";
        }

        stem = stem.Length > 40 ? stem[..40].TrimEnd('.') : stem;
        if (!isTaken(stem))
        {
            return stem;
        }

        for (var suffix = 2; ; suffix++)
        {
            var candidate = stem + suffix;
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }
}
