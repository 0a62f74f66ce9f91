namespace AiDealTracker.Web.Api;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Skip, int Take);
