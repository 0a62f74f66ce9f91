namespace AiDealTracker.Core.Ingestion;

public enum IngestOutcome
{
    New = 0,
    Updated = 1,
    Unchanged = 2,
    Failed = 3,
}
