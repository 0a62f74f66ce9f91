namespace AiDealTracker.Web.Features.Partners;

public enum FlowKind
{
    Money = 0,
    Compute = 1,
}
