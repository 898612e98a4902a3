using Cantine.BuildingBlocks.Tenancy;
using Cantine.Host.Security;
using Cantine.Invoicing.Contracts.NotifyOnlinePayment;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Payments;

/// <summary>
/// <c>POST /{town}/payfip/notification</c>: PayFiP's server tells the town that operation <c>idOp</c> has an outcome
/// (form field <c>idOp</c>). Anonymous, outside the antiforgery check (it is a server-to-server call), rate-limited per IP.
/// The body is never trusted: the command fetches the operation's detail from PayFiP, and only that decides (ADR 0029).
/// The answer is an empty 200 whether the operation is known or not (it reveals nothing); 400 for a malformed request;
/// 503 when the town's write kept losing races, so that the sender may try again (the reconciliation job would anyway).
/// </summary>
public static class PayfipNotificationEndpoint
{
    public const string Route = "/{slug}/payfip/notification";

    private const int LongestIdOp = 64;

    public static IEndpointRouteBuilder MapPayfipNotification(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, NotifyAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.PayfipNotification);
        return endpoints;
    }

    private static async Task<IResult> NotifyAsync(
        HttpContext context, [FromServices] ITenantContext tenant, [FromServices] ISender sender, [FromServices] ILoggerFactory logs)
    {
        if (!tenant.HasTenant)
        {
            return Results.NotFound();
        }

        if (!context.Request.HasFormContentType || context.Request.ContentLength > 4096)
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var idOp = (form.TryGetValue("idOp", out var value) || form.TryGetValue("idop", out value) ? value.ToString() : string.Empty).Trim();
        if (idOp.Length is 0 or > LongestIdOp || !idOp.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return Results.BadRequest();
        }

        var result = await sender.Send(new NotifyOnlinePaymentCommand(idOp), context.RequestAborted);
        var log = logs.CreateLogger(typeof(PayfipNotificationEndpoint));
        if (result.IsSuccess)
        {
            log.LogInformation("PayFiP notified operation {IdOp} of {Tenant}: {State}", idOp, tenant.TenantId, result.Value);
            return Results.Ok();
        }

        if (result.Errors.Any(e => e.Code == "ConcurrentChange"))
        {
            log.LogWarning("PayFiP's notification of {IdOp} for {Tenant} lost its write races", idOp, tenant.TenantId);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        // An operation this town does not know: maybe another town's, maybe a probe. Nothing was written.
        log.LogWarning("PayFiP notification for an operation {Tenant} does not know: {IdOp}", tenant.TenantId, idOp);
        return Results.Ok();
    }
}
