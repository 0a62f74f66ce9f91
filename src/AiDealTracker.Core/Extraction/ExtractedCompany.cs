using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>A company by its canonical name; <see cref="IsNew"/> when discovery found it outside the dictionary.</summary>
public sealed record ExtractedCompany(string Name, bool IsNew, CompanyKind Kind, IReadOnlyList<TextSpan> Mentions);
