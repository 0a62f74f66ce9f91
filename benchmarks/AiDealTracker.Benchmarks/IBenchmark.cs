namespace AiDealTracker.Benchmarks;

/// <summary>A named measurement that prints its own figures (throughput, percentiles) to standard output.</summary>
public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task RunAsync(string[] args);
}
