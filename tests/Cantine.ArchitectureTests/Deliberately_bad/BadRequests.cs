using FluentValidation;
using Mediator;

// Deliberately bad types: they exist only to prove the rules can fail. They live in this test
// assembly, which no real selection includes (see Product).
namespace Cantine.ArchitectureTests.Deliberately_bad.Requests;

/// <summary>Not sealed, and no validator anywhere.</summary>
public record UnsealedCommand(int Number) : ICommand<int>;

/// <summary>A command (non-generic ICommand) whose name does not say so; it has a validator.</summary>
public sealed record DoTheThing : ICommand;

public sealed class DoTheThingValidator : AbstractValidator<DoTheThing>;

/// <summary>A query whose name does not say so.</summary>
public sealed record FetchEverything : IQuery<int>;

/// <summary>A query named like a command.</summary>
public sealed record GetThingsCommand : IQuery<int>;
