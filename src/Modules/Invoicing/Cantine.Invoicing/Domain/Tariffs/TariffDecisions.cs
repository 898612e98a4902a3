using Cantine.BuildingBlocks.Domain;

namespace Cantine.Invoicing.Domain.Tariffs;

/// <summary>
/// Brackets rise strictly, the last one is open, prices are not negative; they take effect from a day of the current month
/// or later (Paris), so a past month keeps its prices. Setting the brackets already set from that date changes nothing.
/// </summary>
public static class TariffDecisions
{
    public static Decision Decide(SetPriceBrackets command, ServiceTariff? current, DateOnly today)
    {
        if (command.EffectiveFrom < new DateOnly(today.Year, today.Month, 1))
        {
            return Decision.Refuse("Tariffs.PastMonth", "EffectiveFrom");
        }

        var brackets = command.Brackets;
        if (brackets.Count > 0 && (brackets[^1].UpperBound is not null || brackets.Take(brackets.Count - 1).Any(b => b.UpperBound is null)))
        {
            return Decision.Refuse("Tariffs.LastOpen", "Brackets");
        }

        for (var i = 1; i < brackets.Count - 1; i++)
        {
            if (brackets[i].UpperBound <= brackets[i - 1].UpperBound)
            {
                return Decision.Refuse("Tariffs.Ascending", "Brackets");
            }
        }

        if (brackets.Any(b => b.PriceCents < 0 || b.UpperBound < 0))
        {
            return Decision.Refuse("Tariffs.Negative", "Brackets");
        }

        var same = current?.Schedules.FirstOrDefault(s => s.EffectiveFrom == command.EffectiveFrom);
        return same is not null && same.Brackets.SequenceEqual(brackets) || current is null && brackets.Count == 0
            ? Decision.Nothing
            : Decision.Append(new PriceBracketsSet(ServiceTariff.IdFor(command.ServiceId), command.ServiceId, command.EffectiveFrom, brackets, command.ByStaffUserId));
    }
}
