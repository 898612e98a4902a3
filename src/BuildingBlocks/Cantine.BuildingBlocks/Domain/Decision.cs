namespace Cantine.BuildingBlocks.Domain;

/// <summary>
/// What a pure <c>Decide(command, state, now)</c> function returns: the events to append (none when nothing
/// changes), or a refusal named by a message key of the module's texts and the input field it concerns.
/// Handlers load the state, call the decision, and append <see cref="Events"/> or turn <see cref="Refusal"/>
/// into the module's French <c>Error</c>; tests read "given these events, when this command, then these events".
/// </summary>
public sealed record Decision
{
    private Decision(IReadOnlyList<object> events, string? refusal, string? field, object[] args)
    {
        Events = events;
        Refusal = refusal;
        Field = field;
        Args = args;
    }

    /// <summary>The events to append, in order; empty when refused or when nothing changes.</summary>
    public IReadOnlyList<object> Events { get; }

    /// <summary>The refusal's message key (e.g. <c>DocumentWithdrawn</c>), or null when accepted.</summary>
    public string? Refusal { get; }

    /// <summary>The input field the refusal concerns, if any.</summary>
    public string? Field { get; }

    /// <summary>Arguments of the refusal's message.</summary>
    public object[] Args { get; }

    public bool IsRefused => Refusal is not null;

    /// <summary>Accepted, but nothing changes (the command repeats the current state).</summary>
    public static Decision Nothing { get; } = new([], null, null, []);

    public static Decision Append(params object[] events) => new(events, null, null, []);

    public static Decision Refuse(string key, string? field = null, params object[] args) => new([], key, field, args);
}
