using System.Globalization;
using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Deals;

/// <summary>The filters every deal view shares; they live in the URL query so a view can be shared and reloaded.</summary>
public sealed record DealFilter(
    string? Company = null,
    DealType? Type = null,
    DealStatus? Status = null,
    DateOnly? From = null,
    DateOnly? To = null,
    decimal? MinAmountUsd = null,
    string? Text = null,
    decimal? MaxAmountUsd = null)
{
    public static DealFilter FromQuery(
        string? company, string? type, string? status, string? from, string? to, string? minAmount, string? text = null, string? maxAmount = null) =>
        new(
            string.IsNullOrWhiteSpace(company) ? null : company.Trim(),
            DealTypeNames.TryParse(type, out DealType t) ? t : null,
            DealTypeNames.TryParse(status, out DealStatus s) ? s : null,
            PartialDate.TryParse(from, out var f) ? f.Start : null,
            PartialDate.TryParse(to, out var e) ? e.End : null,
            ParseAmount(minAmount),
            string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            ParseAmount(maxAmount));

    public bool IsEmpty => this == new DealFilter();

    /// <summary>The query-string parameters for this filter, without empty ones.</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["company"] = Company,
        ["type"] = Type is { } t ? DealTypeNames.Slug(t) : null,
        ["status"] = Status is { } s ? DealTypeNames.Slug(s) : null,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["min"] = MinAmountUsd?.ToString(CultureInfo.InvariantCulture),
        ["max"] = MaxAmountUsd?.ToString(CultureInfo.InvariantCulture),
        ["q"] = Text,
    };

    /// <summary>"company=Nvidia&amp;type=investment": the filter as a query string, for links to other views and exports.</summary>
    public string ToQueryString() =>
        string.Join('&', ToQuery()
            .Where(p => p.Value is not null)
            .Select(p => p.Key + "=" + Uri.EscapeDataString(Convert.ToString(p.Value, CultureInfo.InvariantCulture)!)));

    private static decimal? ParseAmount(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var m) && m > 0 ? m : null;
}
