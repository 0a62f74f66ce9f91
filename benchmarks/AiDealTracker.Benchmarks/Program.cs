using System.Reflection;
using AiDealTracker.Benchmarks;

var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: bench <name> [options]   (run with -c Release)");
    foreach (var b in benchmarks)
    {
        Console.WriteLine($"  {b.Name,-14} {b.Description}");
    }

    return args.Length == 0 ? 1 : 0;
}

var chosen = benchmarks.FirstOrDefault(b => b.Name.Equals(args[0], StringComparison.OrdinalIgnoreCase));
if (chosen is null)
{
    Console.Error.WriteLine($"unknown benchmark '{args[0]}'");
    return 2;
}

#if DEBUG
Console.Error.WriteLine("warning: Debug build; figures are only meaningful with -c Release");
#endif
await chosen.RunAsync(args[1..]);
return 0;
