using System.Globalization;

namespace AiDealTracker.Web.Features.Common;

public static class Money
{
    /// <summary>"$14.3B", "$200K", "$1.2T"; an em dash when unknown.</summary>
    public static string Compact(decimal? usd)
    {
        if (usd is not { } v)
        {
            return "—";
        }

        var inv = CultureInfo.InvariantCulture;
        return Math.Abs(v) switch
        {
            >= 1_000_000_000_000m => "$" + (v / 1_000_000_000_000m).ToString("0.##", inv) + "T",
            >= 1_000_000_000m => "$" + (v / 1_000_000_000m).ToString("0.##", inv) + "B",
            >= 1_000_000m => "$" + (v / 1_000_000m).ToString("0.##", inv) + "M",
            >= 1_000m => "$" + (v / 1_000m).ToString("0.##", inv) + "K",
            _ => "$" + v.ToString("0.##", inv),
        };
    }
}
