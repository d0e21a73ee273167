using System.Text.Json;

namespace NetGen.Benchmarks.Reporting;

/// <summary>One benchmark's numbers, read from BenchmarkDotNet's full JSON report (times in nanoseconds).</summary>
/// <param name="Type">The benchmark class, e.g. "Tanh2x16x1" or "FmaPeak".</param>
/// <param name="Method">The benchmark method, e.g. "NetGen_Forward".</param>
/// <param name="Median">The median of the measured iterations; less swayed than the mean by a neighbour's burst.</param>
/// <param name="Mean">The mean, as BenchmarkDotNet's own tables show it.</param>
/// <param name="StandardDeviation">Of the iterations.</param>
/// <param name="AllocatedBytes">Managed bytes allocated per operation (MemoryDiagnoser), or null when not measured.</param>
public sealed record BenchmarkResult(string Type, string Method, double Median, double Mean, double StandardDeviation, long? AllocatedBytes)
{
    /// <summary>Standard deviation over mean: how noisy the measurement was.</summary>
    public double RelativeSpread => Mean > 0 ? StandardDeviation / Mean : 0;

    /// <summary>Reads every *-report-full.json in <paramref name="directory"/>; a benchmark measured again in a newer file replaces the older result.</summary>
    public static IReadOnlyList<BenchmarkResult> LoadDirectory(string directory)
    {
        var results = new Dictionary<(string Type, string Method), BenchmarkResult>();
        IEnumerable<string> files = Directory.EnumerateFiles(directory, "*-report-full.json")
            .OrderBy(File.GetLastWriteTimeUtc)
            .ThenBy(file => file, StringComparer.Ordinal);
        foreach (string file in files)
        {
            foreach (BenchmarkResult result in Parse(File.ReadAllText(file)))
            {
                results[(result.Type, result.Method)] = result;
            }
        }

        return [.. results.Values];
    }

    /// <summary>The benchmarks of one report; ones that failed (no statistics) are left out.</summary>
    public static IEnumerable<BenchmarkResult> Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var results = new List<BenchmarkResult>();
        foreach (JsonElement benchmark in document.RootElement.GetProperty("Benchmarks").EnumerateArray())
        {
            if (!benchmark.TryGetProperty("Statistics", out JsonElement statistics) || statistics.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            long? allocated = benchmark.TryGetProperty("Memory", out JsonElement memory) && memory.ValueKind == JsonValueKind.Object
                ? memory.GetProperty("BytesAllocatedPerOperation").GetInt64()
                : null;
            results.Add(new BenchmarkResult(
                benchmark.GetProperty("Type").GetString()!,
                benchmark.GetProperty("Method").GetString()!,
                statistics.GetProperty("Median").GetDouble(),
                statistics.GetProperty("Mean").GetDouble(),
                statistics.GetProperty("StandardDeviation").GetDouble(),
                allocated));
        }

        return results;
    }
}
