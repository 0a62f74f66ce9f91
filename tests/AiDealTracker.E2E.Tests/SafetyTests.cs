using AiDealTracker.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AiDealTracker.E2E.Tests;

public class SafetyTests(HostilePageSession session) : IClassFixture<HostilePageSession>
{
    [BrowserFact]
    public async Task HostilePage_IngestedAndViewed_RunsNoScriptAndShowsNoMarkupFromThePage()
    {
        var page = await session.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };

        await BrowserSession.GotoInteractiveAsync(page, "/articles");
        await page.Locator("a[href^='/articles/']").First.ClickAsync();
        var text = page.Locator("[data-testid=article-text]");
        await Assertions.Expect(text).ToContainTextAsync("raised $50 million");
        await page.Locator("[data-testid=article-title]").HoverAsync();
        await text.ClickAsync();

        Assert.Equal(0, dialogs);
        Assert.False(await page.EvaluateAsync<bool>("() => window.__pwned !== undefined"), "a script from the page ran");
        Assert.Equal(0, await page.Locator("#injected").CountAsync());
        Assert.Equal(0, await text.Locator("img, iframe, script, svg, b, a[href^='javascript']").CountAsync());
        Assert.Contains("<b>bold claims</b>", await text.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("window.__pwned", await text.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await text.IsVisibleAsync(), "the page's CSS must not hide the article");
        await BrowserSession.ScreenshotAsync(page, "hostile-article");
    }
}
