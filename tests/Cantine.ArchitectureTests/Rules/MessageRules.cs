using System.Reflection;
using FluentValidation;
using Mediator;

namespace Cantine.ArchitectureTests.Rules;

/// <summary>STYLE §2 and §8 rule 5: Mediator commands, queries and their handlers.</summary>
public static class MessageRules
{
    private static readonly Type[] CommandInterfaces = [typeof(ICommand<>), typeof(ICommand)];
    private static readonly Type[] QueryInterfaces = [typeof(IQuery<>)];
    private static readonly Type[] HandlerInterfaces = [typeof(ICommandHandler<,>), typeof(IQueryHandler<,>)];

    public static bool IsCommand(Type type) => IsConcreteImplementationOf(type, CommandInterfaces);

    public static bool IsQuery(Type type) => IsConcreteImplementationOf(type, QueryInterfaces);

    public static bool IsHandler(Type type) => IsConcreteImplementationOf(type, HandlerInterfaces);

    public static RuleResult CommandsAndQueriesLiveInContracts(IEnumerable<Type> types) =>
        Check("Commands and queries live in a *.Contracts assembly", types, t => IsCommand(t) || IsQuery(t),
            t => t.Assembly.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal));

    public static RuleResult CommandsAndQueriesAreSealed(IEnumerable<Type> types) =>
        Check("Commands and queries are sealed", types, t => IsCommand(t) || IsQuery(t), t => t.IsSealed);

    /// <summary>A command's name ends in Command, a query's in Query (a type that is both fails).</summary>
    public static RuleResult CommandsAndQueriesSayWhatTheyAre(IEnumerable<Type> types) =>
        Check("Commands end in Command, queries in Query", types, t => IsCommand(t) || IsQuery(t),
            t => IsCommand(t) != IsQuery(t)
                 && t.Name.EndsWith(IsCommand(t) ? "Command" : "Query", StringComparison.Ordinal));

    /// <summary>
    /// Every command has a FluentValidation validator in its module's implementation (the assembly
    /// named like its Contracts without <c>.Contracts</c>), which the validation behaviour runs.
    /// </summary>
    public static RuleResult EveryCommandHasAValidator(IEnumerable<Type> types, IEnumerable<Assembly> implementations)
    {
        var validatorsByAssembly = implementations.ToDictionary(
            a => a.GetName().Name!,
            a => a.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }).ToList());
        return Check("Every command has an AbstractValidator<TCommand> in its module's implementation", types, IsCommand, command =>
        {
            var implementation = ImplementationNameOf(command.Assembly);
            var validator = typeof(AbstractValidator<>).MakeGenericType(command);
            return validatorsByAssembly.TryGetValue(implementation, out var candidates) && candidates.Any(validator.IsAssignableFrom);
        });
    }

    public static RuleResult HandlersAreSealed(IEnumerable<Type> types) =>
        Check("Handlers are sealed", types, IsHandler, t => t.IsSealed);

    public static RuleResult HandlersEndInHandler(IEnumerable<Type> types) =>
        Check("Handlers end in Handler", types, IsHandler, t => t.Name.EndsWith("Handler", StringComparison.Ordinal));

    /// <summary>A handler lives under its own module's Features: Cantine.&lt;Module&gt;.Features.&lt;UseCase&gt;.</summary>
    public static RuleResult HandlersLiveInFeatures(IEnumerable<Type> types) =>
        Check("Handlers live in Cantine.<Module>.Features.<UseCase>", types, IsHandler,
            t => t.Namespace is { } ns && ns.StartsWith(t.Assembly.GetName().Name + ".Features.", StringComparison.Ordinal)
                 && !t.Assembly.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal));

    private static string ImplementationNameOf(Assembly assembly)
    {
        var name = assembly.GetName().Name!;
        return name.EndsWith(".Contracts", StringComparison.Ordinal) ? name[..^".Contracts".Length] : name;
    }

    private static bool IsConcreteImplementationOf(Type type, Type[] interfaces) =>
        !type.IsInterface && type.GetInterfaces().Any(i =>
            interfaces.Contains(i.IsGenericType ? i.GetGenericTypeDefinition() : i));

    private static RuleResult Check(string rule, IEnumerable<Type> types, Func<Type, bool> select, Func<Type, bool> holds)
    {
        var selected = types.Where(select).ToList();
        return RuleResult.From(rule, selected.Select(t => t.FullName!), selected.Where(t => !holds(t)).Select(t => t.FullName!));
    }
}
