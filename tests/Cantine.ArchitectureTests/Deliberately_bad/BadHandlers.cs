using Cantine.ArchitectureTests.Deliberately_bad.Requests;
using Mediator;

namespace Cantine.ArchitectureTests.Deliberately_bad.Handlers;

/// <summary>Not sealed (and outside any Features namespace).</summary>
public class UnsealedHandler : ICommandHandler<DoTheThing, Unit>
{
    public ValueTask<Unit> Handle(DoTheThing command, CancellationToken cancellationToken) => ValueTask.FromResult(Unit.Value);
}

/// <summary>Not named *Handler (and outside any Features namespace).</summary>
public sealed class FetchEverythingProcessor : IQueryHandler<FetchEverything, int>
{
    public ValueTask<int> Handle(FetchEverything query, CancellationToken cancellationToken) => ValueTask.FromResult(0);
}

/// <summary>Sealed and well named, but outside any Features namespace.</summary>
public sealed class OutsideFeaturesHandler : ICommandHandler<UnsealedCommand, int>
{
    public ValueTask<int> Handle(UnsealedCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(command.Number);
}
