using Microsoft.AspNetCore.Authorization;

namespace Cantine.Host.Security;

/// <summary>The <see cref="Policies.PlatformOperator"/> policy's requirement: the user is one of the <see cref="PlatformOperators"/>.</summary>
public sealed class PlatformOperatorRequirement : IAuthorizationRequirement
{
    public sealed class Handler(PlatformOperators operators) : AuthorizationHandler<PlatformOperatorRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PlatformOperatorRequirement requirement)
        {
            if (operators.Includes(context.User))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }
}
