using Microsoft.AspNetCore.Diagnostics;

namespace Cantine.Host.Security;

/// <summary>
/// Reads a posted form once, before antiforgery and model binding do, so that a body over the server's limits is
/// answered as such (issue #18, defect 2): a 40 MB attachment (over Kestrel's MaxRequestBodySize) or a form of 2,500
/// boxes (over FormOptions.ValueCountLimit) gets the French 413 page, where antiforgery's own read made it a 400.
/// It runs after the rate limiter: a refused post is never read. The parsed form is cached for the page.
/// </summary>
public sealed class FormLimitsMiddleware(RequestDelegate next, ILogger<FormLimitsMiddleware> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The error page re-executed for a failed post (429, 413, 500) must not read the body it failed on.
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
        if (!reExecuted && HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
        {
            int? refused = null;
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (BadHttpRequestException e)
            {
                refused = e.StatusCode;
            }
            catch (InvalidDataException e)
            {
                // The form reader's limits (value count, key or value length, multipart sizes) say "limit"; a broken body does not.
                refused = e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            }

            if (refused is { } status)
            {
                log.LogWarning("Form refused on {Path}: {Status}", context.Request.Path.Value, status);
                context.Response.StatusCode = status;
                return;
            }
        }

        await next(context);
    }
}
