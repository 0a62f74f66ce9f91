using AiDealTracker.Core.Extraction;
using AiDealTracker.Core.Ingestion;
using AiDealTracker.Core.Tests.Data;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiDealTracker.Core.Tests.Ingestion;

/// <summary>A real ingestor over a fresh database file.</summary>
internal sealed class IngestorHarness : IDisposable
{
    public IngestorHarness(IExtractorFactory? extractors = null, DocumentReaderOptions? options = null)
    {
        Options = options ?? new DocumentReaderOptions();
        Ingestor = new ArticleIngestor(
            Database.Factory,
            new DocumentReader(Options),
            extractors ?? new DefaultExtractorFactory(),
            Options,
            TimeProvider.System,
            NullLogger<ArticleIngestor>.Instance);
    }

    public TestDatabase Database { get; } = new();

    public DocumentReaderOptions Options { get; }

    public ArticleIngestor Ingestor { get; }

    public void Dispose()
    {
        Ingestor.Dispose();
        Database.Dispose();
    }
}
