namespace Cantine.Attendance.Domain;

public enum AuthorKind
{
    System,
    Agent,
    Family,
}
