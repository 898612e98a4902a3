namespace Cantine.BuildingBlocks.Pipeline;

/// <summary>How many times the current command was already run again after a lost write race.</summary>
internal static class ConflictRetries
{
    private static readonly AsyncLocal<int> Attempt = new();

    public static int Current => Attempt.Value;

    public static IDisposable Enter(int attempt)
    {
        var previous = Attempt.Value;
        Attempt.Value = attempt;
        return new Restore(previous);
    }

    private sealed class Restore(int previous) : IDisposable
    {
        public void Dispose() => Attempt.Value = previous;
    }
}
