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

        Objects(w, "companies", doc.Companies, (w, c) =>
        {
            w.WriteString("name", c.Name);
            w.WriteString("canonical", c.DictionaryName ?? c.Name);
            w.WriteBoolean("new", c.IsNew);
            w.WriteString("kind", c.Kind.ToString().ToLowerInvariant());
            w.WriteNumber("mentions", c.Mentions.Count);
        });
        Objects(w, "models", doc.Models, (w, m) =>
        {
            w.WriteString("name", m.Name);
            w.WriteString("family", m.Family);
            w.WriteString("developer", m.Developer);
        });
        Objects(w, "hardware", doc.Hardware, (w, h) =>
        {
            w.WriteString("name", h.Name);
            WriteNumber(w, "quantity", h.Quantity);
        });
        Objects(w, "amounts", doc.Amounts, (w, a) =>
        {
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
        });
        Objects(w, "measures", doc.Measures, (w, m) =>
        {
            w.WriteString("text", m.Text);
            w.WriteNumber("value", m.Value);
            w.WriteString("unit", m.Unit);
            w.WriteBoolean("stake", m.IsStake);
        });
        Objects(w, "deals", doc.Deals, (w, d) =>
        {
            Objects(w, "parties", d.Parties, (w, p) =>
            {
                w.WriteString("name", p.Name);
                w.WriteString("role", DealNames.Of(p.Role));
            });
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
            Objects(w, "hardware", d.Hardware, (w, h) =>
            {
                w.WriteString("name", h.Name);
                WriteNumber(w, "quantity", h.Quantity);
            });
            Objects(w, "evidence", d.Evidence, (w, e) =>
            {
                w.WriteString("text", e.Text);
                w.WriteNumber("start", e.Start);
                w.WriteNumber("end", e.End);
            });
        });
        Objects(w, "compute", doc.Compute, (w, c) =>
        {
            w.WriteString("organization", c.Organization);
            w.WriteString("model", c.Model);
            w.WriteString("hardware", c.Hardware);
            WriteNumber(w, "quantity", c.Quantity);
            w.WriteString("evidence", c.Evidence.Text);
        });
        w.WriteEndObject();
    }

    // An array named `name` with one object per item, its members written by `members`.
    private static void Objects<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> members)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            members(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
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
}
