namespace AiDealTracker.Web.Features.Ingest;

public enum UploadState
{
    Waiting = 0,
    Working = 1,
    Done = 2,
}
