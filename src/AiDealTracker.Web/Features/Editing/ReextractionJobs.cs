using System.Security.Claims;
using AiDealTracker.Core.Editing;
using AiDealTracker.Core.Ingestion;

namespace AiDealTracker.Web.Features.Editing;

/// <summary>
/// Runs the extractor again over one article or all of them, in the background, one run at a time.
/// Progress comes from <see cref="ArticleIngestor.ReextractAsync"/>; pages subscribe to <see cref="Changed"/>.
/// </summary>
public sealed class ReextractionJobs(ArticleIngestor ingestor, ILogger<ReextractionJobs> logger)
{
    private readonly Lock _lock = new();
    private ReextractionStatus _status = ReextractionStatus.Idle;

    public event Action<ReextractionStatus>? Changed;

    public ReextractionStatus Status
    {
        get
        {
            lock (_lock)
            {
                return _status;
            }
        }
    }

    /// <summary>Starts a run unless one is going; false when one already is. Only editors may start one.</summary>
    public bool TryStart(ClaimsPrincipal user, IReadOnlyCollection<int>? articleIds)
    {
        var name = EditorRoles.Demand(user);
        lock (_lock)
        {
            if (_status.Running)
            {
                return false;
            }

            _status = new ReextractionStatus(true, 0, articleIds?.Count ?? 0, 0, null, name, null);
        }

        Publish();
        _ = Task.Run(() => RunAsync(articleIds));
        return true;
    }

    private async Task RunAsync(IReadOnlyCollection<int>? articleIds)
    {
        var progress = new InOrderProgress(p => Update(s => s with
        {
            Done = p.Done, Total = p.Total, LastSource = p.Last.Source,
            Failed = s.Failed + (p.Last.Outcome == IngestOutcome.Failed ? 1 : 0),
        }));
        try
        {
            var summary = await ingestor.ReextractAsync(articleIds, progress);
            Update(s => s with { Running = false, Done = summary.Results.Count, Total = summary.Results.Count, Failed = summary.Failed });
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            logger.LogError(ex, "Re-extraction failed");
            Update(s => s with { Running = false, Error = ex.Message });
        }
    }

    private void Update(Func<ReextractionStatus, ReextractionStatus> change)
    {
        lock (_lock)
        {
            _status = change(_status);
        }

        Publish();
    }

    private void Publish() => Changed?.Invoke(Status);

    /// <summary>Reports in order on the reporting thread (Progress&lt;T&gt; posts to the pool); pages marshal to their own dispatcher.</summary>
    private sealed class InOrderProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
