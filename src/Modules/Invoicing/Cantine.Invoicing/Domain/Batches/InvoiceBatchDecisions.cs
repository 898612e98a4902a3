using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Domain;

namespace Cantine.Invoicing.Domain.Batches;

/// <summary>A month is issued once, after it ended; its chunks follow one another until every family is done.</summary>
public static class InvoiceBatchDecisions
{
    public static Decision Decide(StartInvoiceBatch command, InvoiceBatch? existing, DateTimeOffset now)
    {
        var today = ParisTime.DateOf(now);
        var month = new DateOnly(command.Month.Year, command.Month.Month, 1);
        return existing is not null ? Decision.Refuse("BatchAlreadyStarted", "Month")
            : month.AddMonths(1) > today ? Decision.Refuse("MonthNotOver", "Month")
            : command.DueOn < today ? Decision.Refuse("DueBeforeIssue", "DueOn")
            : Started(new InvoiceBatchStarted(
                command.BatchId, month, today, command.DueOn, command.MinimumCents, [.. command.FamilyIds.Distinct()], command.StartedBy, now));
    }

    /// <summary>A month with nobody to bill is done as soon as it starts.</summary>
    private static Decision Started(InvoiceBatchStarted started) =>
        started.FamilyIds.Count == 0 ? Decision.Append(started, new InvoiceBatchCompleted(started.BatchId, started.At)) : Decision.Append(started);

    /// <summary>The chunk, and the batch's end when it covered the last families.</summary>
    public static Decision Decide(RecordBatchChunk command, InvoiceBatch? batch, DateTimeOffset now)
    {
        if (batch is null)
        {
            return Decision.Refuse("BatchNotFound", "Month");
        }

        if (batch.IsCompleted)
        {
            return Decision.Nothing;
        }

        if (command.FamiliesDone <= 0 || batch.FamiliesDone + command.FamiliesDone > batch.FamilyCount)
        {
            return batch.FamiliesDone >= batch.FamilyCount ? Decision.Append(new InvoiceBatchCompleted(batch.Id, now)) : Decision.Refuse("ChunkOutOfRange");
        }

        var chunk = new InvoiceBatchChunkProcessed(
            batch.Id, batch.Chunks + 1, command.FamiliesDone, command.InvoicesIssued, command.IssuedCents, command.FirstNumber, command.LastNumber,
            command.Skipped, command.Carried);
        return batch.FamiliesDone + command.FamiliesDone == batch.FamilyCount
            ? Decision.Append(chunk, new InvoiceBatchCompleted(batch.Id, now))
            : Decision.Append(chunk);
    }
}
