namespace Cantine.BuildingBlocks.Contracts;

/// <summary>
/// A page number from a query string, bounded (issue #18, defect 1): <c>?p=2147483647</c> times a page size overflows
/// into a negative OFFSET that PostgreSQL refuses. No list of the product reaches page 100,000; past the last page a
/// list shows its empty end, as before.
/// </summary>
public static class Paging
{
    public const int MaxPage = 100_000;

    public static int Clamp(int? page) => Math.Clamp(page ?? 1, 1, MaxPage);
}
