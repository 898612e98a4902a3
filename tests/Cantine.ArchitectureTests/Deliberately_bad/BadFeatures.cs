using Hangfire;
using Marten;

namespace Cantine.ArchitectureTests.Deliberately_bad.Features;

/// <summary>Stores and lets the unit-of-work behaviour save: the rules must leave it alone.</summary>
public sealed class WellBehavedHandler(IDocumentSession session)
{
    public void Handle(object document) => session.Store(document);
}

/// <summary>Saves, then does more: the crash window the rule closes (the call sits in an async state machine).</summary>
public sealed class SavingHandler(IDocumentSession session)
{
    public async Task Handle(object document)
    {
        session.Store(document);
        await session.SaveChangesAsync();
    }
}

/// <summary>The save hides in a lambda, which the compiler moves into a nested, unspeakably named class.</summary>
public sealed class SavingInALambda
{
    public static Func<IDocumentSession, Task> Save() => session => session.SaveChangesAsync();
}

/// <summary>Schedules work through Hangfire from a use case.</summary>
public sealed class EnqueuingHandler(IBackgroundJobClient jobs)
{
    public void Handle() => jobs.Enqueue(() => Console.WriteLine());
}
