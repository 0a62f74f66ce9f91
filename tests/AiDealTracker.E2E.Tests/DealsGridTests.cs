using AiDealTracker.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AiDealTracker.E2E.Tests;

public class DealsGridTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task FilterByCompany_NarrowsTheGridAndKeepsTheFilterInTheUrl()
    {
        var page = await session.NewPageAsync();
        await BrowserSession.GotoInteractiveAsync(page, "/deals");
        var rows = page.Locator(".deals-grid tr.rz-data-row");
        await rows.First.WaitForAsync();
        var before = await rows.CountAsync();

        await BrowserSession.PickCompanyAsync(page, "Scale", "Scale AI");
        await page.WaitForURLAsync("**/deals?company=Scale%20AI");
        await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasNotText = "Scale AI" })).ToHaveCountAsync(0);

        var after = await rows.CountAsync();
        Assert.True(after < before, $"expected fewer rows after filtering ({before} before, {after} after)");
        Assert.All(await rows.AllInnerTextsAsync(), text => Assert.Contains("Scale AI", text, StringComparison.Ordinal));
        await BrowserSession.ScreenshotAsync(page, "deals-filtered-by-company");
        Assert.Empty(session.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Dashboard_ShowsSeedDeals()
    {
        var page = await session.NewPageAsync();

        await BrowserSession.GotoInteractiveAsync(page, "/");

        await Assertions.Expect(page.Locator(".deal-table")).ToContainTextAsync("Scale AI");
        await BrowserSession.ScreenshotAsync(page, "dashboard");
        Assert.Empty(session.ConsoleErrors);
    }
}
