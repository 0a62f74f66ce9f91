using AiDealTracker.Core.Domain;

namespace AiDealTracker.Benchmarks.Synthetic;

internal sealed record SyntheticDeal(
    int Id, DealType Type, int First, int Second, DealRole FirstRole, DealRole SecondRole, decimal? AmountUsd, PartialDate Date, string Sentence);
