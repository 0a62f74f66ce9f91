namespace AiDealTracker.Core.Data.Interceptors;

/// <summary>Who is changing data right now, if anyone: null while the machine (ingestion) writes.</summary>
public interface IAuditUser
{
    AuditScope? Current { get; }
}
