namespace AiDealTracker.Web.Features.Partners;

/// <summary>A cycle described for people: "Money: A → B → A" and the step labels.</summary>
public sealed record DrawnCycle(FlowKind Kind, IReadOnlyList<(int Id, string Name)> Companies, IReadOnlyList<string> Steps);
