using System.Reflection;

namespace Cantine.Testing.Decisions;

/// <summary>
/// "Given these events": folds a stream's events into its state the way Marten does, through the aggregate's
/// static <c>Create(firstEvent)</c> and its <c>Apply(event)</c> methods, with no database.
/// </summary>
public static class History
{
    /// <summary>The state after <paramref name="events"/>, or null when there are none (the stream does not exist).</summary>
    public static T? Of<T>(params object[] events) where T : class
    {
        T? state = null;
        foreach (var e in events)
        {
            state = state is null
                ? (T)Method(typeof(T), "Create", BindingFlags.Static, e).Invoke(null, [e])!
                : Apply(state, e);
        }

        return state;
    }

    /// <summary>The state after one more event (the aggregate's <c>Apply</c> for its type).</summary>
    public static T Apply<T>(T state, object e) where T : class =>
        (T)Method(typeof(T), "Apply", BindingFlags.Instance, e).Invoke(state, [e])!;

    private static MethodInfo Method(Type aggregate, string name, BindingFlags kind, object e) =>
        aggregate.GetMethod(name, BindingFlags.Public | kind, [e.GetType()])
        ?? throw new ArgumentException($"{aggregate.Name} has no {name}({e.GetType().Name}).");
}
