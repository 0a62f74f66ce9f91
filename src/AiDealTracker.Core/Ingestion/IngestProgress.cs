namespace AiDealTracker.Core.Ingestion;

/// <summary>Reported after each document: how far along the batch is and what the last one gave.</summary>
public sealed record IngestProgress(int Done, int Total, IngestResult Last);
