namespace AiDealTracker.Web.Features.Review;

public enum ReviewKind
{
    Deal = 0,
    Company = 1,
    Compute = 2,
}
