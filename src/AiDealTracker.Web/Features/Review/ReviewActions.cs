using System.Security.Claims;
using AiDealTracker.Core.Editing;

namespace AiDealTracker.Web.Features.Review;

/// <summary>Accept or reject whatever kind of item is selected; the editor classes check the role on the server.</summary>
public sealed class ReviewActions(DealEditor deals, CompanyEditor companies, ComputeFactEditor compute)
{
    public async Task<string?> AcceptAsync(ClaimsPrincipal user, ReviewItem item) => item.Kind switch
    {
        ReviewKind.Deal => (await deals.AcceptAsync(user, item.Id)).Message,
        ReviewKind.Company => (await companies.AcceptAsync(user, item.Id)).Message,
        _ => (await compute.AcceptAsync(user, item.Id)).Message,
    };

    public async Task<string?> RejectAsync(ClaimsPrincipal user, ReviewItem item) => item.Kind switch
    {
        ReviewKind.Deal => (await deals.RejectAsync(user, item.Id)).Message,
        ReviewKind.Company => (await companies.RejectAsync(user, item.Id)).Message,
        _ => (await compute.RejectAsync(user, item.Id)).Message,
    };
}
