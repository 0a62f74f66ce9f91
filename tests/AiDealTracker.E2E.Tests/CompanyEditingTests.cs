using AiDealTracker.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AiDealTracker.E2E.Tests;

public class CompanyEditingTests(EditorBrowserSession session) : IClassFixture<EditorBrowserSession>
{
    [BrowserFact]
    public async Task Editor_AddsAnAlias_AndFindsTheChangeInTheHistoryAndTheAuditLog()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        var companyId = session.CompanyId("Meta");
        var page = await session.NewPageAsync();
        await EditorBrowserSession.SignInAsync(page, $"/companies/{companyId}/edit");

        await page.Locator("#company-aliases").FillAsync("Meta Platforms\nFacebook");
        await page.Locator(".edit-actions button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=edit-outcome]")).ToContainTextAsync("Saved");
        await Assertions.Expect(page.Locator("[data-testid=history]")).ToContainTextAsync("Meta Platforms");
        await BrowserSession.ScreenshotAsync(page, "editor-company-alias");

        await BrowserSession.GotoInteractiveAsync(page, "/audit");
        await Assertions.Expect(page.Locator(".rz-data-grid")).ToContainTextAsync("Facebook");
        await page.Locator(".rz-data-grid tbody tr", new() { HasText = "Facebook" }).GetByRole(AriaRole.Button, new() { Name = "Revert" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("reverted");
        await Assertions.Expect(page.Locator(".rz-data-grid tbody tr").First).ToContainTextAsync("Revert change");
        await BrowserSession.ScreenshotAsync(page, "editor-audit-log");

        await BrowserSession.GotoInteractiveAsync(page, $"/companies/{companyId}/edit");
        await Assertions.Expect(page.Locator("#company-aliases")).ToHaveValueAsync("Meta Platforms");
    }

    [BrowserFact]
    public async Task Editor_AddingADeal_PicksTheEvidenceSentenceAndIsToldWhatIsMissing()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        var page = await session.NewPageAsync();
        await EditorBrowserSession.SignInAsync(page, "/deals/new");

        await page.Locator(".edit-actions button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".validation-errors")).ToContainTextAsync("at least two parties");
        await Assertions.Expect(page.Locator(".validation-errors")).ToContainTextAsync("Pick the article");
        await BrowserSession.ScreenshotAsync(page, "editor-new-deal-validation");
    }
}
