using AngleSharp;
using AngleSharp.Html.Dom;

namespace AiDealTracker.Web.Tests.Infrastructure;

public static class HtmlDocumentExtensions
{
    /// <summary>GETs a page, checks it succeeded, and parses it.</summary>
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 500)]}");
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(html).Address(new Uri(client.BaseAddress!, url)));
    }
}
