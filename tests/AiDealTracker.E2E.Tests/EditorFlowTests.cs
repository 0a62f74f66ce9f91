using AiDealTracker.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AiDealTracker.E2E.Tests;

public class EditorFlowTests(EditorBrowserSession session) : IClassFixture<EditorBrowserSession>
{
    [BrowserFact]
    public async Task Editor_CorrectsAnAmount_SeesItInTheListAndHistory_AndReextractionKeepsIt()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        var dealId = session.SeedDeal("Meta", "Scale AI", 14_300_000_000m, 0.01);
        var page = await session.NewPageAsync();

        await EditorBrowserSession.SignInAsync(page, "/review");
        await Assertions.Expect(page.Locator(".review-item.selected")).ToContainTextAsync("Meta invests in Scale AI");
        await BrowserSession.ScreenshotAsync(page, "editor-review-queue");

        // The queue takes focus once the page is interactive; keys pressed before that go nowhere. On a loaded machine the
        // server can take seconds to act on the key, so the test waits for the editor's address and presses "E" again (at
        // most twice) only while the queue still has focus: a key already on its way must not meet a second one on a page
        // that has moved on. The editor must open from the keyboard either way.
        await Assertions.Expect(page.Locator(".review-layout")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("e");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await page.WaitForURLAsync($"**/deals/{dealId}/edit**", new PageWaitForURLOptions { Timeout = 10_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                if (await page.Locator(".review-layout:focus").CountAsync() == 1)
                {
                    await page.Keyboard.PressAsync("e");
                }
            }
        }

        await page.Locator("main[data-interactive='true']").WaitForAsync();
        var amount = page.Locator("[data-testid=deal-amount]");
        await Assertions.Expect(amount).ToHaveValueAsync("14.3B");
        await amount.FillAsync("15B");
        await page.Locator("[data-testid=save-deal]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=edit-outcome]")).ToContainTextAsync("Saved");
        await Assertions.Expect(page.Locator("[data-testid=history]")).ToContainTextAsync("15000000000");
        await Assertions.Expect(page.Locator("[data-testid=history]")).ToContainTextAsync(EditorBrowserSession.AdminEmail);
        await BrowserSession.ScreenshotAsync(page, "editor-deal-corrected");

        await OpenDealsOfMetaAsync(page);
        await Assertions.Expect(page.Locator(".deals-grid tbody")).ToContainTextAsync("$15B");
        await BrowserSession.ScreenshotAsync(page, "editor-deals-list-after-correction");

        await BrowserSession.GotoInteractiveAsync(page, "/admin/reextract");
        await page.Locator("[data-testid=start-reextract]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=reextract-status]")).ToContainTextAsync("Done:", new() { Timeout = 60_000 });
        await BrowserSession.ScreenshotAsync(page, "editor-reextracted");

        await BrowserSession.GotoInteractiveAsync(page, $"/deals/{dealId}/edit");
        await Assertions.Expect(page.Locator("[data-testid=deal-amount]")).ToHaveValueAsync("15B");
        await OpenDealsOfMetaAsync(page);
        await Assertions.Expect(page.Locator(".deals-grid tbody")).ToContainTextAsync("$15B");
        Assert.Empty(session.ConsoleErrors);
    }

    [BrowserFact]
    public async Task TwoEditorsSavingTheSameDeal_TheSecondSeesTheFirstOnesValues()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        var dealId = session.SeedDeal("Nvidia", "CoreWeave", 2_000_000_000m, 0.5);
        var alice = await session.NewPageAsync();
        var bob = await session.NewPageAsync();
        await EditorBrowserSession.SignInAsync(alice, $"/deals/{dealId}/edit");
        await EditorBrowserSession.SignInAsync(bob, $"/deals/{dealId}/edit");

        await alice.Locator("[data-testid=deal-amount]").FillAsync("2.5B");
        await alice.Locator("[data-testid=save-deal]").ClickAsync();
        await Assertions.Expect(alice.Locator("[data-testid=edit-outcome]")).ToContainTextAsync("Saved");
        await bob.Locator("[data-testid=deal-amount]").FillAsync("3B");
        await bob.Locator("[data-testid=save-deal]").ClickAsync();

        var outcome = bob.Locator("[data-testid=edit-outcome]");
        await Assertions.Expect(outcome).ToContainTextAsync("nothing was overwritten");
        await Assertions.Expect(outcome.Locator("tbody tr", new() { HasText = "Amount" })).ToContainTextAsync("2.5B");
        await outcome.ScrollIntoViewIfNeededAsync();
        await BrowserSession.ScreenshotAsync(bob, "editor-conflict");
        await BrowserSession.GotoInteractiveAsync(alice, $"/deals/{dealId}/edit");
        await Assertions.Expect(alice.Locator("[data-testid=deal-amount]")).ToHaveValueAsync("2.5B");
    }

    [BrowserFact]
    public async Task AnonymousVisitor_OpeningTheReviewQueue_IsSentToSignIn()
    {
        var page = await session.NewPageAsync();

        await page.GotoAsync("/review");

        await page.WaitForURLAsync("**/account/login?**");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await BrowserSession.ScreenshotAsync(page, "editor-sign-in");
    }

    // Filtering by the deal's company, as a reader would look it up; it also makes the grid query the server.
    private static async Task OpenDealsOfMetaAsync(IPage page)
    {
        await BrowserSession.GotoInteractiveAsync(page, "/deals");
        await BrowserSession.PickCompanyAsync(page, "Meta", "Meta");
        await page.WaitForURLAsync("**/deals?company=Meta");
    }
}
