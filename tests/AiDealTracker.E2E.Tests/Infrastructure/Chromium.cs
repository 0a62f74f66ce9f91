namespace AiDealTracker.E2E.Tests.Infrastructure;

/// <summary>Finds Debian's Chromium. Browser tests run wherever it is found, must run in CI, and skip elsewhere.</summary>
public static class Chromium
{
    public static string? ExecutablePath { get; } = Find();

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when browser tests can run (or must, in CI); otherwise the reason they are skipped.</summary>
    public static string? SkipReason => ExecutablePath is null && !InCi
        ? "Chromium was not found on PATH (install it with 'apt-get install -y chromium'; .ci/run does); browser tests are skipped."
        : null;

    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in (string[])["chromium", "chromium-browser"])
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
