namespace AiDealTracker.Web.Features.Audit;

/// <summary>The audit log's filters, as they sit in the URL.</summary>
public sealed record AuditFilter(string? EntityType = null, int? EntityId = null, string? User = null, string? Text = null);
