using System.Net;
using AiDealTracker.Core.Editing;
using AiDealTracker.Web.Tests.Infrastructure;

namespace AiDealTracker.Web.Tests.Editing;

public class EditingAuthorizationTests(EditingWebFactory factory) : IClassFixture<EditingWebFactory>
{
    public static TheoryData<string, string> ChangingEndpoints => new()
    {
        { "PUT", "/api/editing/deals/1" },
        { "POST", "/api/editing/deals" },
        { "POST", "/api/editing/deals/1/accept" },
        { "POST", "/api/editing/deals/1/reject" },
        { "POST", "/api/editing/deals/1/merge-into/2" },
        { "POST", "/api/editing/deals/1/split" },
        { "PUT", "/api/editing/companies/1" },
        { "POST", "/api/editing/companies/1/accept" },
        { "POST", "/api/editing/companies/1/reject" },
        { "POST", "/api/editing/companies/1/merge-into/2" },
        { "POST", "/api/editing/companies/1/split" },
        { "PUT", "/api/editing/models/1" },
        { "PUT", "/api/editing/hardware/1" },
        { "POST", "/api/editing/compute-facts/1/accept" },
        { "POST", "/api/editing/compute-facts/1/reject" },
        { "POST", "/api/editing/audit/1/revert" },
        { "POST", "/api/editing/reextract" },
    };

    [Theory]
    [MemberData(nameof(ChangingEndpoints))]
    public async Task ChangingEndpoint_WithoutCookie_Answers401(string method, string url)
    {
        var client = factory.CreateClientWithoutRedirects();

        using var response = await client.SendAsync(Request(method, url));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ChangingEndpoints))]
    public async Task ChangingEndpoint_WithReaderCookie_Answers403(string method, string url)
    {
        var client = await factory.SignedInClientAsync(EditorRoles.Reader);

        using var response = await client.SendAsync(Request(method, url));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ChangingEndpoint_WithEditorCookie_IsServed()
    {
        var client = await factory.SignedInClientAsync(EditorRoles.Editor);

        using var missing = await client.SendAsync(Request("POST", "/api/editing/deals/999999/accept"));
        using var status = await client.GetAsync("/api/editing/reextract");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
    }

    [Theory]
    [InlineData("/review")]
    [InlineData("/deals/1/edit")]
    [InlineData("/deals/new")]
    [InlineData("/companies/1/edit")]
    [InlineData("/models/1/edit")]
    [InlineData("/hardware/1/edit")]
    [InlineData("/admin/reextract")]
    public async Task EditorPage_ForAnonymousVisitor_RedirectsToSignIn_AndForReader_ToNotAllowed(string url)
    {
        var anonymous = factory.CreateClientWithoutRedirects();
        var reader = await factory.SignedInClientAsync(EditorRoles.Reader);

        using var anonymousResponse = await anonymous.GetAsync(url);
        using var readerResponse = await reader.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, anonymousResponse.StatusCode);
        Assert.StartsWith("/account/login", anonymousResponse.Headers.Location?.PathAndQuery ?? anonymousResponse.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, readerResponse.StatusCode);
        Assert.Contains("/account/denied", readerResponse.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewPage_ForEditor_RendersTheQueue()
    {
        var editor = await factory.SignedInClientAsync(EditorRoles.Editor);

        var page = await editor.GetDocumentAsync("/review");

        Assert.Equal("Review queue", page.QuerySelector("h1")?.TextContent);
        var deals = page.QuerySelectorAll(".review-item").Where(i => i.QuerySelector(".review-kind")?.TextContent == "Deal").ToList();
        Assert.NotEmpty(deals);
        var confidences = deals.Select(d => int.Parse(d.QuerySelector(".review-detail")!.TextContent.Split('·')[^1].Trim().TrimEnd('%').Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(confidences.Order().ToList(), confidences);
        Assert.NotNull(page.QuerySelector(".review-panel .evidence"));
    }

    // The review queue's Edit sends "?returnUrl=/review"; the edit pages offer the way back, to a local address only.
    [Theory]
    [InlineData("/deals/1/edit")]
    [InlineData("/companies/1/edit")]
    [InlineData("/models/1/edit")]
    [InlineData("/hardware/1/edit")]
    public async Task EditPage_OpenedFromTheReviewQueue_LinksBackToIt_AndNeverOffSite(string url)
    {
        var editor = await factory.SignedInClientAsync(EditorRoles.Editor);

        var fromQueue = await editor.GetDocumentAsync(url + "?returnUrl=%2Freview");
        var offSite = await editor.GetDocumentAsync(url + "?returnUrl=%2F%2Fexample.org%2Fphish");
        var direct = await editor.GetDocumentAsync(url);

        var back = fromQueue.QuerySelector("[data-testid=return-link]");
        Assert.NotNull(back);
        Assert.Equal("/review", back.GetAttribute("href"));
        Assert.Equal("Back to the review queue", back.TextContent);
        Assert.Null(offSite.QuerySelector("[data-testid=return-link]"));
        Assert.Null(direct.QuerySelector("[data-testid=return-link]"));
    }

    [Fact]
    public async Task ReadingPages_NeedNoAccount_ByDefault()
    {
        var anonymous = factory.CreateClientWithoutRedirects();

        using var deals = await anonymous.GetAsync("/deals");
        using var api = await anonymous.GetAsync("/api/deals");

        Assert.Equal(HttpStatusCode.OK, deals.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    private static HttpRequestMessage Request(string method, string url) =>
        new(new HttpMethod(method), url) { Content = JsonContent.Create(new { }) };
}
