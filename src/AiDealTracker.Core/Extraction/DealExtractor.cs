namespace AiDealTracker.Core.Extraction;

/// <summary>The extraction engine. Pure: text in, records out.</summary>
public sealed class DealExtractor : IArticleExtractor
{
    public string Version => "0.0";

    public static DealExtractor CreateDefault() => new();

    public ExtractedDocument Extract(ExtractionInput input) =>
        new(input.Text, input.Title, input.Published, [], [], [], [], [], [], []);
}
