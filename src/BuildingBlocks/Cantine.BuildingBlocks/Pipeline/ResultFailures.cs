using System.Collections.Concurrent;
using System.Reflection;
using Cantine.BuildingBlocks.Contracts.Results;

namespace Cantine.BuildingBlocks.Pipeline;

/// <summary>Builds a failed result for a response type that implements <see cref="IResultFactory{TSelf}"/>.</summary>
internal static class ResultFailures
{
    private static readonly ConcurrentDictionary<Type, Func<IReadOnlyList<Error>, object>?> Factories = new();

    public static TResponse? Create<TResponse>(IReadOnlyList<Error> errors)
    {
        var factory = Factories.GetOrAdd(typeof(TResponse), Build);
        return factory is null ? default : (TResponse)factory(errors);
    }

    private static Func<IReadOnlyList<Error>, object>? Build(Type type)
    {
        if (!type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IResultFactory<>)))
        {
            return null;
        }

        var method = type.GetMethod(nameof(Result.FromErrors), BindingFlags.Public | BindingFlags.Static, [typeof(IReadOnlyList<Error>)])
            ?? throw new InvalidOperationException($"{type} has no FromErrors method.");
        return errors => method.Invoke(null, [errors])!;
    }
}
