using System.Globalization;
using System.Text.Json;
using AiDealTracker.Core.Extraction;
using AiDealTracker.Core.Ingestion;

namespace AiDealTracker.Cli.Extraction;

/// <summary>Writes one extracted document in the CLI's JSON contract.</summary>
internal static class ExtractionJson
{
    public static void Write(Utf8JsonWriter w, string file, ReadDocument read, ExtractedDocument doc)
    {
        w.WriteStartObject();
        w.WriteString("file", file);
        w.WriteString("title", read.Title ?? doc.Title);
        w.WriteString("published", doc.Published?.ToIsoString());
        w.WriteString("byline", read.Byline);
        w.WriteString("siteName", read.SiteName);
        w.WriteString("text", doc.CleanText);

        w.WriteStartArray("companies");
        foreach (var c in doc.Companies)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteBoolean("new", c.IsNew);
            w.WriteString("kind", c.Kind.ToString().ToLowerInvariant());
            w.WriteNumber("mentions", c.Mentions.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("models");
        foreach (var m in doc.Models)
        {
            w.WriteStartObject();
            w.WriteString("name", m.Name);
            w.WriteString("family", m.Family);
            w.WriteString("developer", m.Developer);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("hardware");
        foreach (var h in doc.Hardware)
        {
            w.WriteStartObject();
            w.WriteString("name", h.Name);
            WriteNumber(w, "quantity", h.Quantity);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("amounts");
        foreach (var a in doc.Amounts)
        {
            w.WriteStartObject();
            w.WriteString("text", a.Text);
            WriteNumber(w, "usd", a.Usd);
            w.WriteNumber("value", a.Value);
            w.WriteString("currency", a.Currency);
            w.WriteString("qualifier", DealNames.Of(a.Qualifier));
            if (a.PerUnit)
            {
                w.WriteBoolean("perUnit", true);
                WriteNumber(w, "unitCount", a.UnitCount);
                WriteNumber(w, "totalUsd", a.TotalUsd);
            }

            if (a.Period is not null)
            {
                w.WriteString("period", a.Period);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("measures");
        foreach (var m in doc.Measures)
        {
            w.WriteStartObject();
            w.WriteString("text", m.Text);
            w.WriteNumber("value", m.Value);
            w.WriteString("unit", m.Unit);
            w.WriteBoolean("stake", m.IsStake);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("deals");
        foreach (var d in doc.Deals)
        {
            w.WriteStartObject();
            w.WriteStartArray("parties");
            foreach (var p in d.Parties)
            {
                w.WriteStartObject();
                w.WriteString("name", p.Name);
                w.WriteString("role", DealNames.Of(p.Role));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("type", DealNames.Of(d.Type));
            w.WriteString("status", DealNames.Of(d.Status));
            WriteNumber(w, "amountUsd", d.AmountUsd);
            w.WriteString("date", d.Date?.ToIsoString());
            w.WriteNumber("confidence", d.Confidence);
            w.WriteStartArray("models");
            foreach (var m in d.Models)
            {
                w.WriteStringValue(m);
            }

            w.WriteEndArray();
            w.WriteStartArray("hardware");
            foreach (var h in d.Hardware)
            {
                w.WriteStartObject();
                w.WriteString("name", h.Name);
                WriteNumber(w, "quantity", h.Quantity);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("evidence");
            foreach (var e in d.Evidence)
            {
                w.WriteStartObject();
                w.WriteString("text", e.Text);
                w.WriteNumber("start", e.Start);
                w.WriteNumber("end", e.End);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("compute");
        foreach (var c in doc.Compute)
        {
            w.WriteStartObject();
            w.WriteString("organization", c.Organization);
            w.WriteString("model", c.Model);
            w.WriteString("hardware", c.Hardware);
            WriteNumber(w, "quantity", c.Quantity);
            w.WriteString("evidence", c.Evidence.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter w, string file, string error)
    {
        w.WriteStartObject();
        w.WriteString("file", file);
        w.WriteString("error", error);
        w.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteNumber(name, value.Value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, long? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteNumber(name, value.Value);
        }
    }

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
