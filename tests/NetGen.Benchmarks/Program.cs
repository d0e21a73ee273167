using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Running;
using NetGen.Benchmarks.Reporting;
using NetGen.Benchmarks.Validation;

namespace NetGen.Benchmarks;

/// <summary>
/// <c>-- --filter '*'</c> (any BenchmarkDotNet arguments): cross-checks the implementations, runs the benchmarks, then
/// writes the ratio table next to BenchmarkDotNet's reports. <c>--validate</c>: the cross-check only.
/// <c>--interleaved-steps [rounds]</c>: NetGen's and the hand-written SGD step timed alternately in one process.
/// <c>--report DIR [OUT.md]</c>: the ratio table of the *-report-full.json files in DIR.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--validate"])
        {
            return Validate() ? 0 : 1;
        }

        if (args is ["--interleaved-steps", ..])
        {
            InterleavedSteps.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 400);
            return 0;
        }

        if (args is ["--report", string directory, ..])
        {
            string table = RatioReport.FromDirectory(directory).ToMarkdown();
            if (args.Length > 2)
            {
                File.WriteAllText(args[2], table);
            }

            Console.WriteLine(table);
            return 0;
        }

        Console.WriteLine($"Avx512F.IsSupported = {Avx512F.IsSupported}, Vector512.IsHardwareAccelerated = {Vector512.IsHardwareAccelerated}");
        if (!Validate())
        {
            Console.Error.WriteLine("The implementations disagree: not benchmarking wrong code.");
            return 1;
        }

#if NETGEN_LARGE_NETS
        // MSBuild reads environment variables as properties: the projects BenchmarkDotNet builds get the large nets too.
        Environment.SetEnvironmentVariable("NetGenLargeNets", "true");
#endif
        // Fully unrolled networks make big sources: the default 2-minute build timeout is too short for 784-128-10.
        IConfig config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(JsonExporter.Full)
            .WithBuildTimeout(TimeSpan.FromMinutes(15));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToList();
        if (summaries.Count == 0 || summaries.All(summary => summary.Reports.Length == 0))
        {
            return 0; // --list, --help, or a filter that matched nothing
        }

        string results = summaries[0].ResultsDirectoryPath;
        string ratios = Path.Combine(results, "ratios.md");
        File.WriteAllText(ratios, RatioReport.FromDirectory(results).ToMarkdown());
        Console.WriteLine($"Ratio table: {ratios}");
        return summaries.Any(summary => summary.HasCriticalValidationErrors) ? 1 : 0;
    }

    private static bool Validate()
    {
        IReadOnlyList<CheckResult> results = CrossCheck.RunAll();
        foreach (CheckResult result in results)
        {
            Console.WriteLine(result);
        }

        return results.All(result => result.Passed);
    }
}
