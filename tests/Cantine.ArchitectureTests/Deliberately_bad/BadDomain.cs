using FluentValidation.Results;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http;

namespace Cantine.ArchitectureTests.Deliberately_bad.Domain;

/// <summary>Only the BCL: the rule must leave it alone.</summary>
public sealed record InnocentAggregate(Guid Id, string Name, IReadOnlyList<DateOnly> Days);

public sealed record UsesMarten(Guid Id)
{
    public static Task<UsesMarten?> Load(IQuerySession session, Guid id) => session.LoadAsync<UsesMarten>(id);
}

public sealed record UsesMediator(Guid Id) : INotification;

public sealed record UsesFluentValidation(ValidationResult Result);

public static class UsesAspNetCore
{
    public static string Path(HttpContext context) => context.Request.Path;
}

/// <summary>The dependency hides in a method body: only reading the IL finds it.</summary>
public static class UsesWolverineInABody
{
    public static bool IsBus(object candidate) => candidate is Wolverine.IMessageBus;
}

/// <summary>The dependency hides in a lambda, which the compiler moves into a nested, unspeakably named class.</summary>
public static class UsesMartenInALambda
{
    public static Func<object, bool> IsSession() => candidate => candidate is IDocumentSession;
}
