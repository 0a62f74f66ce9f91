using System.Globalization;
using System.Text;
using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Deals;

namespace AiDealTracker.Web.Api;

/// <summary>Deals as RFC 4180 CSV. Cells that a spreadsheet would run as a formula get a leading apostrophe.</summary>
public static class DealCsv
{
    public const string Header = "id,date,date_precision,type,status,amount_usd,summary,parties,sources,confidence,review_state";

    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<DealRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await writer.WriteAsync(Header + "\r\n");
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line(row) + "\r\n");
        }
    }

    public static string Line(DealRow row)
    {
        var inv = CultureInfo.InvariantCulture;
        string?[] cells =
        [
            row.Id.ToString(inv),
            row.Date?.ToString("yyyy-MM-dd", inv),
            row.DatePrecision?.ToString().ToLowerInvariant(),
            DealTypeNames.Slug(row.Type),
            DealTypeNames.Slug(row.Status),
            row.AmountUsd?.ToString("0.##", inv),
            row.Summary,
            string.Join("; ", row.Parties),
            row.Sources.ToString(inv),
            row.Confidence.ToString("0.###", inv),
            row.ReviewState.ToString().ToLowerInvariant(),
        ];
        return string.Join(',', cells.Select(Cell));
    }

    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
