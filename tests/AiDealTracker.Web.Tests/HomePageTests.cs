using AiDealTracker.Web.Tests.Infrastructure;

namespace AiDealTracker.Web.Tests;

public class HomePageTests(DealTrackerWebFactory factory) : IClassFixture<DealTrackerWebFactory>
{
    [Fact]
    public async Task Home_OnFirstStart_ShowsTheSeedArticlesAndTheirDeals()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/");

        Assert.Equal("Dashboard · AiDealTracker", page.Title);
        var articles = page.QuerySelectorAll(".stat-card").Single(c => c.QuerySelector(".stat-label")?.TextContent == "Articles");
        Assert.Equal("5", articles.QuerySelector(".stat-value")?.TextContent);
        var latest = page.QuerySelector(".deal-table")?.TextContent ?? "";
        Assert.Contains("Scale AI", latest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_WithMigratedDatabase_IsHealthy()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        response.EnsureSuccessStatusCode();
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Deals_FilteredByCompanyInTheUrl_ListsOnlyThatCompanysDeals()
    {
        var client = factory.CreateClient();

        var all = await client.GetFromJsonAsync<PagedDeals>("/api/deals");
        var scale = await client.GetFromJsonAsync<PagedDeals>("/api/deals?company=Scale%20AI");

        Assert.NotNull(all);
        Assert.NotNull(scale);
        Assert.True(all.Total > scale.Total, "filtering by one company should narrow the list");
        Assert.NotEmpty(scale.Items);
        Assert.All(scale.Items, d => Assert.Contains("Scale AI", d.Parties));
    }

    private sealed record PagedDeals(List<DealItem> Items, int Total);

    private sealed record DealItem(int Id, string Summary, List<string> Parties);
}
