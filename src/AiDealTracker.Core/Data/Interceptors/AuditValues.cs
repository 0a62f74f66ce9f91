using System.Globalization;

namespace AiDealTracker.Core.Data.Interceptors;

/// <summary>How audited values are written as text, and read back when a change is reverted.</summary>
public static class AuditValues
{
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        Enum e => e.ToString(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public static object? Parse(string? text, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (text is null)
        {
            return null;
        }

        if (target == typeof(string))
        {
            return text;
        }

        if (target.IsEnum)
        {
            return Enum.Parse(target, text);
        }

        if (target == typeof(DateOnly))
        {
            return DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (target == typeof(DateTimeOffset))
        {
            return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        }

        if (target == typeof(bool))
        {
            return text == "true";
        }

        return Convert.ChangeType(text, target, CultureInfo.InvariantCulture);
    }
}
