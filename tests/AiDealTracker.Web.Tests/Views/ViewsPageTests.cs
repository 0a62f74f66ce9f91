using AiDealTracker.Web.Tests.Infrastructure;

namespace AiDealTracker.Web.Tests.Views;

public class ViewsPageTests(ViewsWebFactory factory) : IClassFixture<ViewsWebFactory>
{
    [Fact]
    public async Task DealPage_EvidenceWithMarkup_ShowsItAsTextWithTheSentenceMarked()
    {
        var data = await factory.DataAsync();
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync($"/deals/{data.Investment}");

        var evidence = Assert.Single(page.QuerySelectorAll("[data-testid=evidence]"));
        Assert.Contains(ViewsWebFactory.Markup, evidence.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("Quillon Compute will invest", evidence.QuerySelector("mark.mark-evidence")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DealPage_SourcesDisagreeOnTheAmount_IsFlagged()
    {
        var data = await factory.DataAsync();
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync($"/deals/{data.Investment}");

        var flag = page.QuerySelector("[data-testid=disagreements]")?.TextContent ?? "";
        Assert.Contains("Amount", flag, StringComparison.Ordinal);
        Assert.Contains("$2B", flag, StringComparison.Ordinal);
        Assert.Contains("$3B", flag, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll(".source-list li").Length);
    }

    [Fact]
    public async Task ArticlePage_MarksMentionsByKindAndKeepsMarkupAsText()
    {
        var data = await factory.DataAsync();
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync($"/articles/{data.FirstArticle}");

        var text = page.QuerySelector("[data-testid=article-text]")!;
        Assert.Equal("Quillon Compute", text.QuerySelector("mark.mark-company")?.TextContent);
        Assert.Equal("$2 billion", text.QuerySelector("mark.mark-amount")?.TextContent);
        Assert.Contains(ViewsWebFactory.Markup, text.TextContent, StringComparison.Ordinal);
        Assert.Empty(text.QuerySelectorAll("script"));
        Assert.NotNull(page.QuerySelector(".mention-legend"));
    }

    [Fact]
    public async Task SearchPage_HighlightsTheTermAndLinksTheArticleAndItsDeals()
    {
        var data = await factory.DataAsync();
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/search?q=zorbulent");

        var hit = Assert.Single(page.QuerySelectorAll("[data-testid=search-hit]"));
        Assert.Equal("zorbulent", hit.QuerySelector("mark.mark-hit")?.TextContent);
        Assert.Equal($"/articles/{data.FirstArticle}", hit.QuerySelector("a.search-title")?.GetAttribute("href"));
        Assert.NotNull(hit.QuerySelector($"a[href='/deals/{data.Investment}']"));
    }

    [Fact]
    public async Task TimelinePage_FilteredByCompany_DrawsItsDealsWithMonthsAsSpansAndDaysAsDots()
    {
        var data = await factory.DataAsync();
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/timeline?company=Brightwater%20Labs");

        var deals = page.QuerySelectorAll("[data-testid=timeline] a.timeline-deal");
        Assert.Equal(2, deals.Length);
        Assert.NotNull(page.QuerySelector($"a.timeline-deal[data-deal-id='{data.Investment}'] rect"));
        Assert.NotNull(page.QuerySelector($"a.timeline-deal[data-deal-id='{data.Cloud}'] circle"));
    }

    [Fact]
    public async Task PartnersPage_WithCycles_ListsTheMoneyCycle()
    {
        await factory.DataAsync();
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/partners?company=Brightwater%20Labs&cycles=1");

        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=partner-graph] a.graph-node"));
        var cycles = page.QuerySelector("[data-testid=cycle-list]")?.TextContent ?? "";
        Assert.Contains("Quillon Compute → Brightwater Labs → Quillon Compute", cycles.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompanyPage_ShowsAliasesPartnersAndTotals()
    {
        var data = await factory.DataAsync();
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync($"/companies/{data.Alpha}");

        Assert.Equal(ViewsWebFactory.Alpha, page.QuerySelector("[data-testid=company-name]")?.TextContent);
        Assert.Contains("Quillon", page.QuerySelector(".company-facts")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/companies/{data.Beta}']"));
        Assert.Contains("2025", page.QuerySelector(".totals-table")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownIds_ShowNotFoundStates()
    {
        var client = factory.CreateClient();

        var deal = await client.GetDocumentAsync("/deals/999999");
        var article = await client.GetDocumentAsync("/articles/999999");

        Assert.NotNull(deal.QuerySelector("[data-testid=empty-state]"));
        Assert.NotNull(article.QuerySelector("[data-testid=empty-state]"));
    }
}
