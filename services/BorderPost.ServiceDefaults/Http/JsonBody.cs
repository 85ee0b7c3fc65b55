using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BorderPost.ServiceDefaults.Http;

/// <summary>
/// Reads a JSON body itself so that malformed JSON or a wrongly typed value becomes a 400 that names the field,
/// instead of the framework's bare 400.
/// </summary>
public static class JsonBody
{
    private static readonly LocalizedText Malformed = CommonText.Get("JsonBody.Malformed");

    private static readonly LocalizedText Missing = CommonText.Get("JsonBody.Missing");

    private static readonly LocalizedText TooLarge = CommonText.Get("JsonBody.TooLarge");

    public const long MaxBytes = 64 * 1024;

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext context)
        where T : class
    {
        if (!context.Request.HasJsonContentType())
        {
            return (null, Problems.Status(context, StatusCodes.Status415UnsupportedMediaType, Missing));
        }
        if (context.Request.ContentLength > MaxBytes)
        {
            return (null, Problems.Status(context, StatusCodes.Status413PayloadTooLarge, TooLarge));
        }
        // A chunked body has no length up front: Kestrel stops reading it at the same limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted);
            if (value is null)
            {
                return (null, FieldProblem(context, "$", Missing));
            }
            return (value, null);
        }
        catch (JsonException ex)
        {
            return (null, FieldProblem(context, FieldName(ex.Path), Malformed));
        }
        catch (BadHttpRequestException ex)
        {
            return (null, Problems.Status(context, ex.StatusCode, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLarge : Malformed));
        }
    }

    /// <summary>The 413 answered to a JSON body over <see cref="MaxBytes"/>.</summary>
    public static IResult TooLargeProblem(HttpContext context) => Problems.Status(context, StatusCodes.Status413PayloadTooLarge, TooLarge);

    private static IResult FieldProblem(HttpContext context, string field, LocalizedText message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return Problems.Validation(context, errors);
    }

    /// <summary>Turns a JSON path such as <c>$.traveller.dateOfBirth</c> into <c>traveller.dateOfBirth</c>.</summary>
    public static string FieldName(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.TrimStart('$', '.');
}
