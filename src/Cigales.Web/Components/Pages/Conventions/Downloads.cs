using Google.Api;
using Microsoft.JSInterop;

namespace Cigales.Web.Components.Pages.Conventions;

/// <summary>An export the API answered, saved in the person's browser under its name (wwwroot/app.js).</summary>
public static class Downloads
{
    public static async Task SaveAsync(IJSRuntime js, string name, HttpBody file) =>
        await js.InvokeVoidAsync("cigalesDownload", name, MediaType(file.ContentType), Convert.ToBase64String(file.Data.Span));

    /// <summary>The type without its parameters, which a data URL's header takes no spaces for: the file's bytes go as they came.</summary>
    private static string MediaType(string contentType) =>
        contentType.Split(';', 2)[0].Trim() is { Length: > 0 } type ? type : "application/octet-stream";
}
