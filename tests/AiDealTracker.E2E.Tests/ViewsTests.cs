using System.Text.RegularExpressions;
using AiDealTracker.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AiDealTracker.E2E.Tests;

public class ViewsTests(ViewsBrowserSession session) : IClassFixture<ViewsBrowserSession>
{
    [BrowserFact]
    public async Task Timeline_FilteredByCompany_RedrawsWithThatCompanysDeals()
    {
        var page = await session.NewPageAsync();
        await BrowserSession.GotoInteractiveAsync(page, "/timeline");
        var deals = page.Locator("[data-testid=timeline] a.timeline-deal");
        await deals.First.WaitForAsync();
        var before = await deals.CountAsync();
        var summaryBefore = await page.Locator("[data-testid=timeline-summary]").InnerTextAsync();

        await BrowserSession.PickCompanyAsync(page, "OpenAI", "OpenAI");
        await page.WaitForURLAsync("**/timeline?company=OpenAI");
        await Assertions.Expect(page.Locator("[data-testid=timeline-summary]")).Not.ToHaveTextAsync(summaryBefore);

        var after = await deals.CountAsync();
        Assert.InRange(after, 1, before - 1);
        foreach (var title in await page.Locator("[data-testid=timeline] a.timeline-deal title").AllTextContentsAsync())
        {
            Assert.Contains("OpenAI", title, StringComparison.Ordinal);
        }

        await BrowserSession.ScreenshotAsync(page, "timeline-filtered-by-company");
        await page.GoBackAsync();
        await page.WaitForURLAsync("**/timeline");
        await Assertions.Expect(page.Locator("[data-testid=timeline-summary]")).ToHaveTextAsync(summaryBefore);
        Assert.Empty(session.ConsoleErrors);
    }

    [BrowserFact]
    public async Task PartnerGraph_ClickANode_OpensThatCompany()
    {
        var page = await session.NewPageAsync();
        await BrowserSession.GotoInteractiveAsync(page, "/partners?cycles=1");
        var node = page.Locator("[data-testid=partner-graph] a.graph-node").First;
        await node.WaitForAsync();
        await BrowserSession.ScreenshotAsync(page, "partner-graph");
        var name = (await node.Locator("title").TextContentAsync())!.Split(':')[0];

        await node.ClickAsync();

        await page.WaitForURLAsync("**/companies/*");
        await Assertions.Expect(page.Locator("[data-testid=company-name]")).ToHaveTextAsync(name);
        await page.Locator(".deal-table, .rz-data-grid").First.WaitForAsync();
        await BrowserSession.ScreenshotAsync(page, "company-from-graph");
        Assert.Empty(session.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Search_ATerm_ThenOpenTheArticle()
    {
        var page = await session.NewPageAsync();
        await BrowserSession.GotoInteractiveAsync(page, "/search");

        await page.Locator("input[data-testid=search-input]").FillAsync("Microsoft");
        await page.Locator("[data-testid=search-button]").ClickAsync();
        await page.WaitForURLAsync("**/search?q=Microsoft");
        var hit = page.Locator("[data-testid=search-hit]").First;
        await hit.WaitForAsync();
        await Assertions.Expect(hit.Locator("mark.mark-hit").First).ToHaveTextAsync("Microsoft");
        await BrowserSession.ScreenshotAsync(page, "search-results");
        var title = await hit.Locator("a.search-title").InnerTextAsync();

        await hit.Locator("a.search-title").ClickAsync();

        await page.WaitForURLAsync("**/articles/*");
        await Assertions.Expect(page.Locator("[data-testid=article-title]")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("[data-testid=article-text] mark.mark-company").First).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "article-from-search");
        Assert.Empty(session.ConsoleErrors);
    }

    [BrowserFact]
    public async Task CompanyPicker_TypeAhead_OpensTheCompanyAndTheDealPageShowsEvidence()
    {
        var page = await session.NewPageAsync();
        await BrowserSession.GotoInteractiveAsync(page, "/");

        await page.Locator("input[data-testid=company-picker]").PressSequentiallyAsync("Open", new LocatorPressSequentiallyOptions { Delay = 50 });
        // Each keystroke reloads the suggestions after a pause; click only once the list is the one for the whole word.
        var suggestions = page.Locator(".rz-autocomplete-list-item:visible");
        await Assertions.Expect(suggestions.Filter(new LocatorFilterOptions { HasNotText = "Open" })).ToHaveCountAsync(0);
        await suggestions.Filter(new LocatorFilterOptions { HasTextRegex = new Regex(@"^\s*OpenAI\s*$") }).First.ClickAsync();
        await page.WaitForURLAsync("**/companies/*");
        await Assertions.Expect(page.Locator("[data-testid=company-name]")).ToHaveTextAsync("OpenAI");
        await page.Locator("[data-testid=timeline] a.timeline-deal").First.WaitForAsync();
        await BrowserSession.ScreenshotAsync(page, "company-page");

        await page.Locator(".rz-data-grid a[href^='/deals/']").First.ClickAsync();
        await page.WaitForURLAsync("**/deals/*");
        await page.Locator("[data-testid=evidence] mark.mark-evidence").First.WaitForAsync();
        await BrowserSession.ScreenshotAsync(page, "deal-page");
        Assert.Empty(session.ConsoleErrors);
    }
}
