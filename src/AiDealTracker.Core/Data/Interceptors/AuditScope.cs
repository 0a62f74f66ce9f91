namespace AiDealTracker.Core.Data.Interceptors;

/// <summary>One editor operation: every audit row it writes shares <see cref="ChangeId"/>, so the whole operation can be reverted.</summary>
public sealed record AuditScope(string User, string Operation, string ChangeId);
