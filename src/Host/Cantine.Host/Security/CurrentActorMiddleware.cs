using Cantine.BuildingBlocks.Auditing;

namespace Cantine.Host.Security;

/// <summary>
/// Makes the signed-in user (the <c>sub</c> claim) the author of every event the request appends, or
/// <see cref="Actors.Anonymous"/> before sign-in. The audit log reads it from the event store (ADR 0017).
/// </summary>
public sealed class CurrentActorMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, ICurrentActor actor)
    {
        actor.Set(context.User.UserIdOf()?.ToString() ?? Actors.Anonymous);
        return next(context);
    }
}
