namespace AiDealTracker.Core.Ingestion;

public sealed class DocumentReaderOptions
{
    public const string Section = "Ingestion";

    /// <summary>Larger files are refused before they are parsed.</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Time one document may take to read and extract.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(10);
}
