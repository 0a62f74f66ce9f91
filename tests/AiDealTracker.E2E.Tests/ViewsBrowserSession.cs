using AiDealTracker.E2E.Tests.Infrastructure;

namespace AiDealTracker.E2E.Tests;

/// <summary>The app seeded with the repository's seeds plus a few dated deals (Seeds/), so timelines and graphs have something to filter.</summary>
public sealed class ViewsBrowserSession : BrowserSession
{
    public ViewsBrowserSession()
    {
        var folder = Path.Combine(Path.GetTempPath(), "aidealtracker-e2e-seeds", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "AiDealTracker.E2E.Tests", "Seeds"), "*.txt")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        Environment = new Dictionary<string, string> { ["Ingestion__SeedsPath"] = folder };
    }
}
