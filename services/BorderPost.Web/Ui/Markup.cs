using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace BorderPost.Web.Ui;

/// <summary>Small pieces of markup the forms repeat.</summary>
public static class Markup
{
    /// <summary>A field's error messages, with the id its input points to through <c>aria-describedby</c>.</summary>
    public static IHtmlContent Errors(IEnumerable<string> messages, string id)
    {
        var builder = new HtmlContentBuilder();
        foreach (var message in messages)
        {
            builder.AppendHtml($"<span class=\"field-error\" id=\"{HtmlEncoder.Default.Encode(id)}-error\">{HtmlEncoder.Default.Encode(message)}</span>");
        }
        return builder;
    }

    /// <summary><c>selected</c> when the option is the current value.</summary>
    public static string? Selected(string? current, string value) => string.Equals(current, value, StringComparison.OrdinalIgnoreCase) ? "selected" : null;
}
