namespace Cantine.Reservations.Domain;

/// <summary>Days nobody can book: school holidays, a bank holiday, a strike day... (both bounds included).</summary>
public sealed record Closure(Guid Id, string Label, DateOnly From, DateOnly To, ClosureKind Kind)
{
    public bool Covers(DateOnly day) => day >= From && day <= To;
}
