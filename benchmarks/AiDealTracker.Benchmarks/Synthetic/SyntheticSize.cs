namespace AiDealTracker.Benchmarks.Synthetic;

/// <summary>How big a synthetic database to make; the defaults are the scale the views are measured at.</summary>
public sealed record SyntheticSize(int Articles = 100_000, int Deals = 50_000, int Companies = 2_000, int Models = 300, int Hardware = 60, int Seed = 42)
{
    public static SyntheticSize Parse(string[] args)
    {
        var size = new SyntheticSize();
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (!int.TryParse(args[i + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            size = args[i] switch
            {
                "--articles" => size with { Articles = value },
                "--deals" => size with { Deals = value },
                "--companies" => size with { Companies = value },
                "--seed" => size with { Seed = value },
                _ => size,
            };
        }

        return size with { Articles = Math.Max(size.Articles, size.Deals) };
    }
}
