namespace AiDealTracker.Web.Features.Dashboard;

public sealed record TypeTotal(string Type, int Count, decimal ValueUsd);
