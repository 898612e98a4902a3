using Cantine.Accounts.Contracts.GetFamilyImportRun;
using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.FamilyImport.Csv;

namespace Cantine.Accounts.Features.FamilyImport.Planning;

/// <summary>Background imports (ADR 0016): their batches and what the status page shows of them.</summary>
internal static class ImportRuns
{
    public static FamilyImportRunDto ToDto(this ImportRun run) => new(
        run.Id,
        (FamilyImportRunStatus)(int)run.Status,
        run.LinesTotal,
        run.LinesDone,
        run.LinesRefused,
        new ImportCountsDto(run.FamiliesCreated, run.FamiliesUpdated, run.GuardiansCreated, run.GuardiansUpdated, run.ChildrenCreated, run.ChildrenUpdated),
        run.Error,
        run.CreatedAt,
        run.StartedAt,
        run.FinishedAt);

    /// <summary>
    /// The accepted lines after the first <paramref name="applied"/> ones, whole families at a time, until at least
    /// <paramref name="size"/> lines: a family's lines (its children) are always planned together. The order is the
    /// file's, so the same file always cuts into the same batches.
    /// </summary>
    public static List<CsvFamilyLine> NextBatch(FamilyCsvFile file, int applied, int size)
    {
        var batch = new List<CsvFamilyLine>();
        var seen = 0;
        foreach (var family in file.Families)
        {
            var lines = family.ToList();
            if (seen < applied)
            {
                seen += lines.Count;
                continue;
            }

            if (batch.Count >= size)
            {
                break;
            }

            batch.AddRange(lines);
        }

        return batch;
    }

    public static ImportRun Add(this ImportRun run, ImportPlan plan) => run with
    {
        FamiliesCreated = run.FamiliesCreated + plan.FamiliesCreated,
        FamiliesUpdated = run.FamiliesUpdated + plan.FamiliesUpdated,
        GuardiansCreated = run.GuardiansCreated + plan.GuardiansCreated,
        GuardiansUpdated = run.GuardiansUpdated + plan.GuardiansUpdated,
        ChildrenCreated = run.ChildrenCreated + plan.ChildrenCreated,
        ChildrenUpdated = run.ChildrenUpdated + plan.ChildrenUpdated,
    };
}
