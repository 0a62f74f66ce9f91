namespace AiDealTracker.Core.Tests.Ingestion.Html;

/// <summary>A fact over material in ../shared that is skipped, with the reason, when that folder is not checked out beside the repository.</summary>
public sealed class SharedFolderFactAttribute : FactAttribute
{
    public SharedFolderFactAttribute(string relativePath)
    {
        var path = Path.Combine(TestPaths.Shared, relativePath);
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            Skip = $"Shared test material not found at {path}; check out ../shared beside the repository to run this test.";
        }
    }
}
