using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Partners;

public sealed record DrawnEdge(int A, int B, DealType Type, double X1, double Y1, double X2, double Y2, double Width, string Tooltip, bool InCycle);
