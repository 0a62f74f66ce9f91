using AiDealTracker.Core.Ingestion;

namespace AiDealTracker.Web.Features.Ingest;

/// <summary>One file of an upload batch as the page shows it: waiting, working, then its result.</summary>
public sealed class UploadItem(string name, long size)
{
    public string Name { get; } = name;

    public long Size { get; } = size;

    public UploadState State { get; set; } = UploadState.Waiting;

    public IngestResult? Result { get; set; }

    public string? Error { get; set; }

    public string StatusText => State switch
    {
        UploadState.Waiting => "waiting",
        UploadState.Working => "reading and extracting…",
        _ when Error is not null => Error,
        _ => Result!.Outcome switch
        {
            IngestOutcome.New => $"new article, {Result.Facts} facts",
            IngestOutcome.Updated => $"updated article, {Result.Facts} facts",
            IngestOutcome.Unchanged => "already ingested, unchanged",
            _ => Result.Error ?? "failed",
        },
    };

    public bool Failed => Error is not null || Result?.Outcome == IngestOutcome.Failed;
}
