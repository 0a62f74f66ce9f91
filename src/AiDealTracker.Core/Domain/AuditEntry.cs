namespace AiDealTracker.Core.Domain;

public class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string User { get; set; } = "";

    public string EntityType { get; set; } = "";

    public int EntityId { get; set; }

    public string Action { get; set; } = "";

    public string? Field { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    /// <summary>What the editor was doing: "Correct deal", "Merge companies", "Revert"...</summary>
    public string? Operation { get; set; }

    /// <summary>Shared by every row one editor operation wrote, so the operation can be undone as a whole.</summary>
    public string? ChangeId { get; set; }
}
