namespace Cantine.BuildingBlocks.Auditing;

/// <summary>
/// Who acts in this scope: the signed-in user's id (the <c>sub</c> claim), or one of <see cref="Actors"/>
/// for work no person started. Written on every event the scope appends (Marten's <c>user_name</c>),
/// which is what the audit log reads (ADR 0017).
/// </summary>
public interface ICurrentActor
{
    string Id { get; }

    /// <summary>The user's id when <see cref="Id"/> is a person, else null.</summary>
    Guid? UserId { get; }

    void Set(string id);
}
