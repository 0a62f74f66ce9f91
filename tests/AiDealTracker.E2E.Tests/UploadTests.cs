using System.Text;
using AiDealTracker.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AiDealTracker.E2E.Tests;

public class UploadTests(EditorBrowserSession session) : IClassFixture<EditorBrowserSession>
{
    [BrowserFact]
    public async Task Editor_UploadsTwoFiles_SeesAResultPerFileAndOpensTheNewArticle()
    {
        var page = await session.NewPageAsync();
        await EditorBrowserSession.SignInAsync(page, "/ingest");
        await page.Locator("main[data-interactive='true']").WaitForAsync();

        // The file input listens for changes only once the framework has set it up (it then numbers the files it reads);
        // files chosen before that are not seen.
        await page.WaitForFunctionAsync("() => document.querySelector('#article-files')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("#article-files").SetInputFilesAsync(new[]
        {
            new FilePayload
            {
                Name = "quillon.txt",
                MimeType = "text/plain",
                Buffer = Encoding.UTF8.GetBytes("Quillon Systems raises $80 million\n\nQuillon Systems said it raised $80 million from Harbor Peak Capital to expand its GPU cloud."),
            },
            new FilePayload { Name = "photo.txt", MimeType = "text/plain", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00] },
        });

        var results = page.Locator("[data-testid=upload-results] tbody tr");
        await Assertions.Expect(page.Locator(".upload-progress")).ToContainTextAsync("2 of 2 done");
        await Assertions.Expect(results.Nth(0)).ToContainTextAsync("new article");
        await Assertions.Expect(results.Nth(1)).ToContainTextAsync("not text");
        await BrowserSession.ScreenshotAsync(page, "upload-results");

        await results.Nth(0).Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=article-text]")).ToContainTextAsync("Harbor Peak Capital");
        Assert.Empty(session.ConsoleErrors);
    }
}
