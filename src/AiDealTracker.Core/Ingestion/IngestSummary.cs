namespace AiDealTracker.Core.Ingestion;

public sealed record IngestSummary(IReadOnlyList<IngestResult> Results)
{
    public int New => Results.Count(r => r.Outcome == IngestOutcome.New);

    public int Updated => Results.Count(r => r.Outcome == IngestOutcome.Updated);

    public int Unchanged => Results.Count(r => r.Outcome == IngestOutcome.Unchanged);

    public int Failed => Results.Count(r => r.Outcome == IngestOutcome.Failed);

    public int Facts => Results.Sum(r => r.Facts);
}
