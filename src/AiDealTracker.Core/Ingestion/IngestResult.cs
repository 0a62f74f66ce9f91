namespace AiDealTracker.Core.Ingestion;

/// <summary>What happened to one document: its outcome, the article it became and how many facts were recorded.</summary>
public sealed record IngestResult(string Source, IngestOutcome Outcome, int? ArticleId, int Facts, string? Error)
{
    public static IngestResult Failed(string source, string error) => new(source, IngestOutcome.Failed, null, 0, error);
}
