namespace Cantine.BuildingBlocks.Auditing;

internal sealed class CurrentActor : ICurrentActor
{
    public string Id { get; private set; } = Actors.System;

    public Guid? UserId => Guid.TryParse(Id, out var id) ? id : null;

    public void Set(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }
}
