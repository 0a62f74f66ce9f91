namespace AiDealTracker.Web.Features.Editing;

/// <summary>Where the current (or last) re-extraction is: shown as a progress bar and returned by the API.</summary>
public sealed record ReextractionStatus(bool Running, int Done, int Total, int Failed, string? LastSource, string? StartedBy, string? Error)
{
    public static ReextractionStatus Idle { get; } = new(false, 0, 0, 0, null, null, null);

    public int Percent => Total == 0 ? (Running ? 0 : 100) : (int)Math.Round(100.0 * Done / Total);
}
