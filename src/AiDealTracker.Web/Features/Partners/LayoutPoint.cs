namespace AiDealTracker.Web.Features.Partners;

public readonly record struct LayoutPoint(double X, double Y);
