namespace AiDealTracker.Core.Data.Interceptors;

/// <summary>The words audit rows use for what happened, and the field names of links ("Party:12").</summary>
public static class AuditActions
{
    public const string Created = "Created";
    public const string Deleted = "Deleted";
    public const string Modified = "Modified";
    public const string Added = "Added";
    public const string Removed = "Removed";

    public const string AliasField = "Alias";
    public const string PartyPrefix = "Party:";
    public const string HardwarePrefix = "Hardware:";
    public const string ModelPrefix = "Model:";
    public const string EvidencePrefix = "Evidence:";

    /// <summary>A linked item whose quantity is not known.</summary>
    public const string Unspecified = "-";
}
