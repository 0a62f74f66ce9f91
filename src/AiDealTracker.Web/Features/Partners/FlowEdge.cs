namespace AiDealTracker.Web.Features.Partners;

/// <summary>Money or compute going from one company to another through some deals.</summary>
public sealed record FlowEdge(int From, int To, FlowKind Kind, string Label);
