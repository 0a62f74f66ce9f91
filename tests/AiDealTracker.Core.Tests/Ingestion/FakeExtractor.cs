using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Core.Tests.Ingestion;

/// <summary>An extractor whose output a test decides, so storage rules can be tested apart from extraction quality.</summary>
internal sealed class FakeExtractor(Func<ExtractionInput, ExtractedDocument> extract) : IArticleExtractor, IExtractorFactory
{
    public string Version => "fake";

    public static ExtractedDocument Empty(ExtractionInput input) => new(input.Text, input.Title, input.Published, [], [], [], [], [], [], []);

    public ExtractedDocument Extract(ExtractionInput input) => extract(input);

    public IArticleExtractor Create(IReadOnlyCollection<KeyValuePair<string, string>> editorAliases) => this;
}
