namespace Cantine.Invoicing.Features.Batch;

/// <summary>Tests only: the process "dies" in the middle of a chunk, before its transaction commits.</summary>
internal sealed class SimulatedBatchCrash(int committedChunks)
    : Exception($"Simulated crash after {committedChunks} committed chunks.");
