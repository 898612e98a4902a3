using Cantine.Accounts.Contracts.GetFamilyDetail;
using Cantine.Accounts.Contracts.ListFamilies;
using Cantine.Accounts.Contracts.RegisterChild;
using Wolverine.Tracking;

namespace Cantine.Accounts.Tests.Features.Families;

/// <summary>Two towns, Lyon and Vienne, for the back office's family use cases (one database per test class).</summary>
public class FamiliesApp : CantineApp
{
    protected override async Task SeedAsync()
    {
        (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
        (await this.SendAsync("vienne", s => s.Send(Structures.Command("vienne", "Ville de Vienne")))).ShouldSucceed();
    }

    public Task<FamilyDetailDto?> DetailAsync(Guid familyId, string tenant = "lyon") =>
        this.SendAsync(tenant, s => s.Send(new GetFamilyDetailQuery(familyId)));

    public Task<FamilyListDto> ListAsync(string? search, string tenant = "lyon", bool includeArchived = false, int page = 1, int pageSize = 50, string sort = FamilySort.Name) =>
        this.SendAsync(tenant, s => s.Send(new ListFamiliesQuery(search, page, pageSize, sort, includeArchived)));

    public async Task<Guid> ChildAsync(Guid familyId, string firstName = "Jade", string lastName = "Roux", string tenant = "lyon") =>
        (await this.SendAsync(tenant, s => s.Send(new RegisterChildCommand(familyId, firstName, lastName, new DateOnly(2017, 4, 1), "École A", "CE1")))).ShouldSucceed();
}

public static class Published
{
    /// <summary>The integration events of type <typeparamref name="T"/> a tracked command published (handled elsewhere or not yet).</summary>
    public static IReadOnlyList<T> Of<T>(ITrackedSession messages) =>
        messages.Sent.MessagesOf<T>().Concat(messages.NoRoutes.MessagesOf<T>()).Distinct().ToList();
}
