using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>
/// One place a company is named: canonical name, span, and whether discovery (not the dictionary) found it. <see cref="FullName"/>
/// is the company's full name as written here when the dictionary lists it as such ("Arista Networks" for Arista);
/// <see cref="DictionaryName"/> is the dictionary's name when <see cref="Name"/> is the full name the article uses throughout.
/// </summary>
public sealed record CompanyMention(string Name, TextSpan Span, CompanyKind Kind, bool IsNew, string? FullName = null, string? DictionaryName = null);
