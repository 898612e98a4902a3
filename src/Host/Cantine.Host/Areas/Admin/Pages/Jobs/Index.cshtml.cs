using Cantine.Audit.Contracts.ListJobRuns;
using Cantine.Host.Pages;
using Cantine.Host.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace Cantine.Host.Areas.Admin.Pages.Jobs;

/// <summary>Administrators: this town's runs of the automatic jobs, newest first; the platform's dashboard link for operators only.</summary>
public sealed class IndexModel(ISender sender, IAuthorizationService authorization) : CantinePageModel
{
    public IReadOnlyList<JobRunsDto> Jobs { get; private set; } = [];

    public bool IsPlatformOperator { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Jobs = await sender.Send(new ListJobRunsQuery(), ct);
        IsPlatformOperator = (await authorization.AuthorizeAsync(User, Policies.PlatformOperator)).Succeeded;
    }
}
