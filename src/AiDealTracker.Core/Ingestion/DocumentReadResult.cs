using System.Diagnostics.CodeAnalysis;

namespace AiDealTracker.Core.Ingestion;

/// <summary>Either a document or the reason it could not be read; reading never throws for bad input.</summary>
public sealed record DocumentReadResult(ReadDocument? Document, string? Error)
{
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Document is not null;

    public static DocumentReadResult Ok(ReadDocument document) => new(document, null);

    public static DocumentReadResult Fail(string error) => new(null, error);
}
