using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AiDealTracker.E2E.Tests.Infrastructure;

/// <summary>One app process and one Chromium for a test class; each test opens its own page.</summary>
public class BrowserSession : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private readonly List<string> _consoleErrors = [];

    public AppProcess App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Errors the browser console reported on any page of this session.</summary>
    public IReadOnlyList<string> ConsoleErrors
    {
        get
        {
            lock (_consoleErrors)
            {
                return [.. _consoleErrors];
            }
        }
    }

    /// <summary>Environment for the app process; a subclass sets what its tests need.</summary>
    protected IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        var executable = Chromium.ExecutablePath
            ?? throw new InvalidOperationException("CI=true but Chromium is not installed: .ci/run must install it (apt-get install -y chromium).");
        App = await AppProcess.StartAsync(Environment);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Args = Chromium.Arguments,
            Headless = true,
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 850 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_consoleErrors)
                {
                    _consoleErrors.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        page.RequestFailed += (_, request) =>
        {
            lock (_consoleErrors)
            {
                _consoleErrors.Add($"{request.Method} {request.Url} failed: {request.Failure}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                lock (_consoleErrors)
                {
                    _consoleErrors.Add($"{response.Request.Method} {response.Url} answered {response.Status}");
                }
            }
        };
        return page;
    }

    /// <summary>Opens a page and waits until the Blazor circuit has rendered it interactively, so clicks reach the server.</summary>
    public static async Task GotoInteractiveAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.Locator("main[data-interactive='true']").WaitForAsync();
    }

    /// <summary>
    /// Picks a company in the page's company filter as a reader would: types part of the name, waits until the list
    /// shows only matching names (the filter applies after a pause, and a click made before that can land on a row that
    /// is being replaced), then clicks the exact name.
    /// </summary>
    public static async Task PickCompanyAsync(IPage page, string typed, string company)
    {
        await page.Locator("[data-testid=company-filter]").ClickAsync();
        await page.Locator(".rz-dropdown-filter").FillAsync(typed);
        var items = page.Locator(".rz-dropdown-item:visible");
        await Assertions.Expect(items.Filter(new LocatorFilterOptions { HasNotText = typed })).ToHaveCountAsync(0);
        var exact = new Regex("^\\s*" + Regex.Escape(company) + "\\s*$");
        await items.Filter(new LocatorFilterOptions { HasTextRegex = exact }).First.ClickAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}
