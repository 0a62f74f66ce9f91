using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Timeline;

public sealed record ChartSeries(DealType Type, string Title, string Color, IReadOnlyList<ChartPoint> Points);
