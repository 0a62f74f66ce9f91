using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>A dictionary company: its canonical name and kind.</summary>
public sealed record CompanyEntry(string Name, CompanyKind Kind);
