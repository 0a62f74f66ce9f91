using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>One place a company is named: canonical name, span, and whether discovery (not the dictionary) found it.</summary>
public sealed record CompanyMention(string Name, TextSpan Span, CompanyKind Kind, bool IsNew);
