using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.SignIn;
using Hangfire;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.ArchitectureTests.Deliberately_bad.Pages;

/// <summary>What a page should look like: it sends a command. The rule must leave it alone.</summary>
public sealed class WellBehavedPage(ISender sender)
{
    public ValueTask<Cantine.BuildingBlocks.Contracts.Results.Result<SignedInUserDto>> Post() =>
        sender.Send(new SignInCommand("jean.dupont", "secret", StaffOnly: false));
}

public sealed class PageUsingTheDomain
{
    public Family? Family { get; set; }
}

public sealed class PageUsingAHandler(SignInHandler handler)
{
    public SignInHandler Handler => handler;
}

public sealed class PageUsingMarten(IDocumentSession session)
{
    public IDocumentSession Session => session;
}

public sealed class PageUsingWolverine(IMessageBus bus)
{
    public IMessageBus Bus => bus;
}

public sealed class PageUsingHangfire(IBackgroundJobClient jobs)
{
    public IBackgroundJobClient Jobs => jobs;
}
