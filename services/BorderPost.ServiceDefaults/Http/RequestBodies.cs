using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BorderPost.ServiceDefaults.Http;

/// <summary>The body an endpoint reads itself (to name every bad field), for its OpenAPI description only.</summary>
public sealed record RequestBody(Type? JsonType, bool Form);

/// <summary>
/// Describes the bodies that endpoints read through <see cref="JsonBody"/> or as a form. Plain <c>Accepts</c> metadata
/// would also make routing answer a wrong content type with a bare 415, before the endpoint's own localised problem.
/// </summary>
public static class RequestBodies
{
    public static RouteHandlerBuilder ReadsJson<T>(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(new RequestBody(typeof(T), false));

    public static RouteHandlerBuilder ReadsForm(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(new RequestBody(null, true));

    /// <summary>
    /// Adds each described body to its operation in the service's OpenAPI document. A request record's members are all
    /// optional on the wire (the service names each missing one), so none is marked required.
    /// </summary>
    public static OpenApiOptions DescribeRequestBodies(this OpenApiOptions options) => options
        .AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type.Name.EndsWith("Request", StringComparison.Ordinal))
            {
                schema.Required = null;
            }
            return Task.CompletedTask;
        })
        .AddOperationTransformer(async (operation, context, ct) =>
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestBody>().FirstOrDefault() is not { } body)
        {
            return;
        }
        var media = body.JsonType is { } type
            ? ("application/json", new OpenApiMediaType { Schema = await context.GetOrCreateSchemaAsync(type, null, ct) })
            : ("multipart/form-data", new OpenApiMediaType());
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { [media.Item1] = media.Item2 },
        };
    });
}
