using BorderPost.ServiceDefaults.Http;

namespace BorderPost.Gateway;

/// <summary>
/// Turns away a JSON body over the services' limit (<see cref="JsonBody.MaxBytes"/>) at the gateway, with the same 413
/// problem a service gives. A body sent in chunks has no length up front: it is read up to the limit and forwarded from
/// memory. Otherwise the service would answer 413 and close the connection while the proxy is still sending, and the
/// caller would get a 502 or a 413 depending on timing.
/// </summary>
public static class JsonBodyLimit
{
    public static IApplicationBuilder UseJsonBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!request.HasJsonContentType() || request.ContentLength == 0 || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            await next(context);
            return;
        }
        if (request.ContentLength > JsonBody.MaxBytes)
        {
            await JsonBody.TooLargeProblem(context).ExecuteAsync(context);
            return;
        }
        if (request.ContentLength is null)
        {
            var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > JsonBody.MaxBytes)
                {
                    await JsonBody.TooLargeProblem(context).ExecuteAsync(context);
                    return;
                }
            }
            buffer.Position = 0;
            request.Body = buffer;
            context.Response.RegisterForDispose(buffer);
        }
        await next(context);
    });
}
