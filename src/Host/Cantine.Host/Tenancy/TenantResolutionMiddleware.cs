using Cantine.BuildingBlocks.Tenancy;

namespace Cantine.Host.Tenancy;

/// <summary>
/// Reads the structure from the first path segment (<c>/{slug}/...</c>), binds the request's scope to it,
/// and answers 404 for a slug no structure has. Platform paths (<c>/health</c>, <c>/css</c>…) have no tenant.
/// The signed-in user's structure is checked against this one when the cookie is validated.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, StructureLookup structures, ITenantContext tenantContext)
    {
        var segment = FirstSegment(context.Request.Path);
        if (segment is null || TenantSlug.Reserved.Contains(segment))
        {
            await next(context);
            return;
        }

        var structure = TenantSlug.IsValid(segment) ? await structures.FindAsync(segment, context.RequestAborted) : null;
        if (structure is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        tenantContext.Set(structure.Slug);
        context.Features.Set(structure);
        await next(context);
    }

    private static string? FirstSegment(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value == "/")
        {
            return null;
        }

        var end = value.IndexOf('/', 1);
        return end < 0 ? value[1..] : value[1..end];
    }
}
