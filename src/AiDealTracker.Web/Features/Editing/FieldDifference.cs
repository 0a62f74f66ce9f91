namespace AiDealTracker.Web.Features.Editing;

/// <summary>A field where the editor's unsaved value and the value another editor saved differ.</summary>
public sealed record FieldDifference(string Field, string Mine, string Theirs);
