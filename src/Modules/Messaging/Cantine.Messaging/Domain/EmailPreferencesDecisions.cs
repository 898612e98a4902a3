using Cantine.BuildingBlocks.Domain;

namespace Cantine.Messaging.Domain;

/// <summary>"Mes préférences": the whole form at once, from the version the page showed; the same choices again change nothing.</summary>
public static class EmailPreferencesDecisions
{
    public const string Stale = "Preferences.Stale";

    public static Decision Decide(ChooseEmailPreferences command, EmailPreferences? current, DateTimeOffset now)
    {
        if (command.Version != EmailPreferences.VersionOf(current))
        {
            return Decision.Refuse(Stale);
        }

        IReadOnlyList<string> off = [.. Enum.GetValues<EmailKind>().Where(k => !command.TurnedOn.Contains(k)).Select(k => k.ToString())];
        return current is not null && current.TurnedOff.Order().SequenceEqual(off.Order())
            ? Decision.Nothing
            : Decision.Append(new EmailPreferencesChosen(command.PreferencesId, command.GuardianId, off, now));
    }

    /// <summary>A kind already off changes nothing (a mail provider may post the same link twice).</summary>
    public static Decision Decide(TurnOffEmailKind command, EmailPreferences? current, DateTimeOffset now) =>
        !EmailPreferences.Wants(current, command.Kind) ? Decision.Nothing
        : Decision.Append(new EmailPreferencesChosen(command.PreferencesId, command.GuardianId, [.. current?.TurnedOff ?? [], command.Kind.ToString()], now));
}
