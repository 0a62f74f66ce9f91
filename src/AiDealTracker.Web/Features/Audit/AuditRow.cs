namespace AiDealTracker.Web.Features.Audit;

public sealed record AuditRow(
    long Id, DateTimeOffset At, string User, string EntityType, int EntityId, string Action, string? Field, string? OldValue, string? NewValue, string? Operation, string? ChangeId)
{
    public string AtText => At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    public string RecordHref => EntityType switch
    {
        "Deal" => $"/deals/{EntityId}/edit",
        "Company" => $"/companies/{EntityId}/edit",
        "AiModel" => $"/models/{EntityId}/edit",
        "Hardware" => $"/hardware/{EntityId}/edit",
        _ => "",
    };
}
