namespace Cantine.Reservations.Domain;

public enum ClosureKind
{
    SchoolHoliday,
    BankHoliday,
    ClosedDay,
}
