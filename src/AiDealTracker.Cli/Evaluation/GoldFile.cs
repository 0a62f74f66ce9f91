using System.Globalization;
using System.Text.Json;

namespace AiDealTracker.Cli.Evaluation;

/// <summary>Parses gold.jsonl (dev-corpus schema) and turns an extracted document into the same shape.</summary>
internal static class GoldFile
{
    public static List<GoldDocument> Parse(string jsonl)
    {
        var documents = new List<GoldDocument>();
        foreach (var line in jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            documents.Add(new GoldDocument(
                root.GetProperty("id").ToString(),
                root.GetProperty("file").GetString() ?? string.Empty,
                String(root, "published"),
                Strings(root, "companies"),
                Strings(root, "models"),
                Strings(root, "hardware"),
                [.. root.GetProperty("amounts_usd").EnumerateArray().Select(a => a.GetDecimal())],
                [.. root.GetProperty("deals").EnumerateArray().Select(d => new GoldDeal(
                    Strings(d, "parties"),
                    d.GetProperty("type").GetString() ?? string.Empty,
                    d.TryGetProperty("amount_usd", out var a) && a.ValueKind == JsonValueKind.Number ? a.GetDecimal() : null,
                    String(d, "date"),
                    String(d, "status")))]));
        }

        return documents;
    }

    public static GoldDocument FromExtraction(string id, string file, Core.Extraction.ExtractedDocument doc) => new(
        id,
        file,
        doc.Published?.ToIsoString(),
        [.. doc.Companies.Select(c => c.Name)],
        [.. doc.Models.Select(m => m.Name)],
        [.. doc.Hardware.Select(h => h.Name)],
        [.. doc.Amounts.Where(a => a.Usd is not null && !(a.UsdWritten && a.Currency != "USD")).Select(a => a.Usd!.Value).Distinct()],
        [.. doc.Deals.Select(d => new GoldDeal(
            [.. d.Parties.Select(p => p.Name)],
            Core.Extraction.DealNames.Of(d.Type),
            d.AmountUsd,
            d.Date?.ToIsoString(),
            Core.Extraction.DealNames.Of(d.Status)))]);

    public static string ToJsonLine(GoldDocument doc)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("id", doc.Id);
            w.WriteNull("url");
            w.WriteNull("query");
            w.WriteString("file", doc.File);
            w.WriteString("published", doc.Published);
            WriteStrings(w, "companies", doc.Companies);
            WriteStrings(w, "models", doc.Models);
            WriteStrings(w, "hardware", doc.Hardware);
            w.WriteStartArray("amounts_usd");
            foreach (var a in doc.Amounts)
            {
                w.WriteNumberValue(a);
            }

            w.WriteEndArray();
            w.WriteStartArray("deals");
            foreach (var d in doc.Deals)
            {
                w.WriteStartObject();
                WriteStrings(w, "parties", d.Parties);
                w.WriteString("type", d.Type);
                if (d.AmountUsd is null)
                {
                    w.WriteNull("amount_usd");
                }
                else
                {
                    w.WriteNumber("amount_usd", d.AmountUsd.Value);
                }

                w.WriteString("date", d.Date);
                w.WriteString("status", d.Status);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.ToString() : null;

    private static List<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Select(x => x.GetString() ?? string.Empty)] : [];

    internal static string Invariant(decimal d) => (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
