using System.Globalization;

namespace Cantine.Invoicing.Domain.Tariffs;

/// <summary>The brackets of a service from <see cref="EffectiveFrom"/> on; none means the service's unit price again.</summary>
public sealed record TariffSchedule(DateOnly EffectiveFrom, IReadOnlyList<PriceBracket> Brackets)
{
    public const string NoQuotientLabel = "Tranche la plus haute (quotient non fourni)";

    /// <summary>The bracket of <paramref name="quotient"/> (bounds inclusive), or the highest (open) one without a quotient.</summary>
    public (PriceBracket Bracket, string Label) BracketOf(int? quotient)
    {
        if (quotient is null)
        {
            return (Brackets[^1], NoQuotientLabel);
        }

        var index = Enumerable.Range(0, Brackets.Count).First(i => Brackets[i].UpperBound is null || quotient <= Brackets[i].UpperBound);
        return (Brackets[index], LabelOf(index));
    }

    /// <summary><c>QF ≤ 500</c>, <c>QF 501 à 900</c>, <c>QF &gt; 900</c>.</summary>
    public string LabelOf(int index)
    {
        var upper = Brackets[index].UpperBound;
        var lower = index == 0 ? null : Brackets[index - 1].UpperBound;
        return (lower, upper) switch
        {
            (null, null) => "Tarif unique",
            (null, { } u) => $"QF ≤ {N(u)}",
            ({ } l, null) => $"QF > {N(l)}",
            ({ } l, { } u) => $"QF {N(l + 1)} à {N(u)}",
        };
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
