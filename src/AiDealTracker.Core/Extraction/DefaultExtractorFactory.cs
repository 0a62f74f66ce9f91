namespace AiDealTracker.Core.Extraction;

public sealed class DefaultExtractorFactory : IExtractorFactory
{
    public IArticleExtractor Create(IReadOnlyCollection<KeyValuePair<string, string>> editorAliases) =>
        editorAliases.Count == 0
            ? DealExtractor.CreateDefault()
            : DealExtractor.Create(Lexicon.LoadDefault().WithAliases(editorAliases));
}
