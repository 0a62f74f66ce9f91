namespace AiDealTracker.Benchmarks.Synthetic;

/// <summary>Plausible company, model and hardware names built from syllables, unique per seed.</summary>
internal static class SyntheticNames
{
    private static readonly string[] Heads =
    [
        "Nova", "Quant", "Hyper", "Astra", "Cortex", "Vector", "Tensor", "Helio", "Lumen", "Stratos", "Nimbus", "Orbit", "Photon",
        "Kairo", "Vanta", "Zephyr", "Argon", "Boreal", "Cinder", "Delta", "Ember", "Fathom", "Granite", "Halcyon", "Ion", "Juniper",
        "Kestrel", "Lattice", "Meridian", "Nexus", "Onyx", "Pylon", "Quasar", "Radian", "Sable", "Tundra", "Umbra", "Vireo", "Wren", "Xylo",
    ];

    private static readonly string[] Tails = ["ai", "ix", "ora", "eon", "yte", "sys", "lab", "mind", "core", "grid", "scale", "wave", "forge", "path"];

    private static readonly string[] Suffixes = ["", " AI", " Labs", " Cloud", " Compute", " Systems", " Power", " Capital", " Semiconductor", " Networks"];

    public static List<string> Companies(Random random, int count)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>(count);
        while (result.Count < count)
        {
            var name = Heads[random.Next(Heads.Length)] + Tails[random.Next(Tails.Length)] + Suffixes[random.Next(Suffixes.Length)];
            if (names.Count > Heads.Length * Tails.Length * Suffixes.Length / 2)
            {
                name += " " + (result.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (names.Add(name))
            {
                result.Add(name);
            }
        }

        return result;
    }

    public static List<string> Numbered(string[] stems, int count) =>
        Enumerable.Range(0, count).Select(i => $"{stems[i % stems.Length]}-{(i / stems.Length) + 1}").ToList();
}
