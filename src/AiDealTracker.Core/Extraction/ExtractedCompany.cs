using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>
/// A company by its canonical name; <see cref="IsNew"/> when discovery found it outside the dictionary. When the article names
/// a dictionary company only by its full name ("Arista Networks"), <see cref="Name"/> is that full name and
/// <see cref="DictionaryName"/> the dictionary's name ("Arista"), under which the database keeps it.
/// </summary>
public sealed record ExtractedCompany(string Name, bool IsNew, CompanyKind Kind, IReadOnlyList<TextSpan> Mentions, string? DictionaryName = null);
