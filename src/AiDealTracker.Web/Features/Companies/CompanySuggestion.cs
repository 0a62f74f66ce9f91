namespace AiDealTracker.Web.Features.Companies;

/// <summary>A company offered by the type-ahead; <see cref="Matched"/> is the alias typed when it was not the name.</summary>
public sealed record CompanySuggestion(int Id, string Name, string? Matched)
{
    public string Text => Matched is null ? Name : $"{Name} ({Matched})";
}
