namespace AiDealTracker.Core.Extraction;

public sealed class DefaultExtractorFactory : IExtractorFactory
{
    public IArticleExtractor Create(IReadOnlyCollection<KeyValuePair<string, string>> editorAliases) => DealExtractor.CreateDefault();
}
