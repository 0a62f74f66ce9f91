namespace AiDealTracker.Core.Tests.Extraction;

/// <summary>A fact that is skipped, with the reason shown, when the shared development corpus is not beside the checkout.</summary>
public sealed class DevCorpusFactAttribute : FactAttribute
{
    public DevCorpusFactAttribute()
    {
        if (!File.Exists(Path.Combine(Folder, "gold.jsonl")))
        {
            Skip = $"dev corpus not found at {Folder}; nothing to evaluate";
        }
    }

    public static string Folder => Path.Combine(TestPaths.Shared, "dev-corpus");
}
