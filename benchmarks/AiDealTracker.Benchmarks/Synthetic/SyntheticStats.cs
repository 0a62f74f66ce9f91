namespace AiDealTracker.Benchmarks.Synthetic;

public sealed record SyntheticStats(SyntheticSize Size, long Rows, TimeSpan Elapsed);
