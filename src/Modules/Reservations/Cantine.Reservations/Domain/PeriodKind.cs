namespace Cantine.Reservations.Domain;

/// <summary>How a town cuts time into booking periods (SPEC §1): each period has one deadline.</summary>
public enum PeriodKind
{
    Week,
    Month,
}
