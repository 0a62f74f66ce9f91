namespace AiDealTracker.Core.Extraction;

/// <summary>A pure step: text in, records out. No I/O.</summary>
public interface IArticleExtractor
{
    /// <summary>Changes whenever the rules change, so stored articles can be re-extracted.</summary>
    string Version { get; }

    ExtractedDocument Extract(ExtractionInput input);
}
