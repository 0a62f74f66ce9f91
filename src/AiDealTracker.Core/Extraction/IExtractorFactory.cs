namespace AiDealTracker.Core.Extraction;

/// <summary>Builds an extractor whose dictionary also knows the aliases editors added.</summary>
public interface IExtractorFactory
{
    IArticleExtractor Create(IReadOnlyCollection<KeyValuePair<string, string>> editorAliases);
}
