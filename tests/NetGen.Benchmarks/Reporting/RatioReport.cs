using System.Globalization;
using System.Text;
using NetGen.Benchmarks.Benchmarks;
using NetGen.Benchmarks.Cases;
using static NetGen.Benchmarks.Reporting.Implementations;

namespace NetGen.Benchmarks.Reporting;

/// <summary>
/// Turns BenchmarkDotNet's results into the comparison the performance issue asks for: per net, NetGen's speed-up over
/// the hand-written MLP and over ONNX Runtime (their median time over NetGen's), batch throughput in GFLOP/s against the
/// measured FMA peak, allocations, and each target met or missed by how much.
/// </summary>
public sealed class RatioReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly Dictionary<(string Type, string Method), BenchmarkResult> _results;
    private readonly IReadOnlyDictionary<string, NetCase> _netsByType;

    /// <param name="results">The measured benchmarks.</param>
    /// <param name="netsByType">The net each benchmark class measures, by class name.</param>
    public RatioReport(IEnumerable<BenchmarkResult> results, IReadOnlyDictionary<string, NetCase> netsByType)
    {
        _results = results.ToDictionary(result => (result.Type, result.Method));
        _netsByType = netsByType;
    }

    /// <summary>The report of the *-report-full.json files in <paramref name="directory"/>.</summary>
    public static RatioReport FromDirectory(string directory) => new(BenchmarkResult.LoadDirectory(directory), BenchmarkClasses());

    /// <summary>Each concrete <see cref="NetBenchmarks"/> class of this assembly and the net it measures.</summary>
    public static IReadOnlyDictionary<string, NetCase> BenchmarkClasses() =>
        typeof(NetBenchmarks).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(NetBenchmarks)) && !type.IsAbstract)
            .ToDictionary(type => type.Name, type => ((NetBenchmarks)Activator.CreateInstance(type)!).Case);

    /// <summary>The median time of one implementation's operation on a net, or null when it was not measured.</summary>
    public BenchmarkResult? Find(NetCase net, string implementation, string operation)
    {
        string? type = _netsByType.FirstOrDefault(pair => pair.Value == net).Key;
        return type is not null && _results.TryGetValue((type, Method(implementation, operation)), out BenchmarkResult? result)
            ? result
            : null;
    }

    /// <summary>How many times faster NetGen is than <paramref name="other"/>: other's median over NetGen's.</summary>
    public double? SpeedUp(NetCase net, string other, string operation) =>
        Find(net, Generated, operation)?.Median is double netGen && Find(net, other, operation)?.Median is double baseline
            ? baseline / netGen
            : null;

    /// <summary>GFLOP/s of a batch-256 forward pass, counting 2 FLOPs per multiply-add.</summary>
    public double? BatchGflops(NetCase net, string implementation) =>
        Find(net, implementation, Batch)?.Median is double nanoseconds
            ? 2.0 * net.MultiplyAddsPerSample * NetCase.SampleCount / nanoseconds
            : null;

    /// <summary>The best of the FMA kernels, in GFLOP/s: the core's measured peak.</summary>
    public double? FmaPeakGflops => FmaKernels().Select(kernel => (double?)kernel.Gflops).Max();

    /// <summary>The issue's targets, each evaluated on this run.</summary>
    public IReadOnlyList<TargetResult> Targets()
    {
        var targets = new List<TargetResult>();
        foreach (NetCase net in NetCatalog.All)
        {
            bool named = net == NetCatalog.Tanh2x16x1 || net == NetCatalog.Relu64x32x10;
            if (!named && net.Topology.ParameterCount > 1000)
            {
                continue;
            }

            double required = named ? 10 : 5;
            targets.Add(SpeedUpTarget($"forward >= {required:0}x hand-written", net, HandWritten, Forward, required));
            targets.Add(SpeedUpTarget($"SGD step >= {required:0}x hand-written", net, HandWritten, TrainStep, required));
            targets.Add(SpeedUpTarget("forward >= 20x ONNX Runtime", net, OnnxRuntime, Forward, 20));
        }

        targets.Add(SpeedUpTarget("forward not slower than ONNX Runtime", NetCatalog.Relu784x128x10, OnnxRuntime, Forward, 1));
        targets.Add(PeakShareTarget(NetCatalog.Tanh16x64x64x1, 0.5));
        targets.Add(AllocationTarget());
        return targets;
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("Times are medians of BenchmarkDotNet's iterations; a speed-up is the other implementation's time over NetGen's.");
        text.AppendLine("\"n/a\": not measured (NetGen: the generator rejects the net with NG0011 in this build; ONNX Runtime: no training).");
        AppendLatencyTable(text, "Single-sample forward", Forward, [HandWritten, OnnxRuntime]);
        AppendLatencyTable(text, "SGD step, one sample (forward + backprop + update)", TrainStep, [HandWritten]);
        AppendBatchTable(text);
        AppendFmaTable(text);
        AppendActivationTable(text);
        AppendChainLatencyTable(text);
        AppendPerOperationTable(text, nameof(BinaryLossStep), "SGD step of 2-16-1 tanh with a binary loss (shuffled points, 10 % of labels flipped)", "Loss", "Per step", 1);
        AppendTargetTable(text);
        AppendAllocationAndNoise(text);
        return text.ToString();
    }

    private void AppendLatencyTable(StringBuilder text, string title, string operation, string[] others)
    {
        text.AppendLine().AppendLine(Invariant, $"### {title}").AppendLine();
        text.Append("| Net | Parameters | NetGen |");
        foreach (string other in others)
        {
            text.Append(Invariant, $" {Label(other)} |");
        }

        foreach (string other in others)
        {
            text.Append(Invariant, $" NetGen vs {Label(other)} |");
        }

        text.AppendLine().Append("|---|---:|---:|").Append(string.Concat(Enumerable.Repeat("---:|", 2 * others.Length))).AppendLine();
        foreach (NetCase net in MeasuredNets())
        {
            text.Append(Invariant, $"| {net.Name} | {net.Topology.ParameterCount:N0} | {Time(Find(net, Generated, operation))} |");
            foreach (string other in others)
            {
                text.Append(Invariant, $" {Time(Find(net, other, operation))} |");
            }

            foreach (string other in others)
            {
                text.Append(Invariant, $" {Times(SpeedUp(net, other, operation))} |");
            }

            text.AppendLine();
        }
    }

    private void AppendBatchTable(StringBuilder text)
    {
        double? peak = FmaPeakGflops;
        text.AppendLine().AppendLine("### Batch of 256 samples, forward (NetGen and hand-written: a loop of single-sample Forward calls)").AppendLine();
        text.AppendLine("| Net | NetGen | Hand-written | ONNX Runtime | NetGen GFLOP/s | Hand-written GFLOP/s | ONNX Runtime GFLOP/s | NetGen vs Hand-written | NetGen vs ONNX Runtime |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (NetCase net in MeasuredNets())
        {
            text.Append(Invariant, $"| {net.Name} | {Time(Find(net, Generated, Batch))} | {Time(Find(net, HandWritten, Batch))} | {Time(Find(net, OnnxRuntime, Batch))} |");
            foreach (string implementation in new[] { Generated, HandWritten, OnnxRuntime })
            {
                text.Append(Invariant, $" {Gflops(BatchGflops(net, implementation), peak)} |");
            }

            text.AppendLine(Invariant, $" {Times(SpeedUp(net, HandWritten, Batch))} | {Times(SpeedUp(net, OnnxRuntime, Batch))} |");
        }
    }

    private void AppendFmaTable(StringBuilder text)
    {
        text.AppendLine().AppendLine(Invariant, $"### FMA peak of one core ({FmaPeak.Chains} independent FMA chains, 2 FLOPs per lane per FMA)").AppendLine();
        text.AppendLine("| Kernel | Time per call | FLOPs per call | GFLOP/s |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach ((string method, BenchmarkResult result, long flops, double gflops) in FmaKernels())
        {
            text.AppendLine(Invariant, $"| {method} | {Time(result)} | {flops:N0} | {gflops:F1} |");
        }
    }

    private void AppendActivationTable(StringBuilder text) =>
        AppendPerOperationTable(text, nameof(ActivationCost), $"Activation cost per element ({ActivationCost.Elements} elements a call)", "Kernel", "Per element", ActivationCost.Elements);

    /// <summary>BenchmarkDotNet already divides LatencyFloor's times by OperationsPerInvoke (LatencyFloor.Chain).</summary>
    private void AppendChainLatencyTable(StringBuilder text) =>
        AppendPerOperationTable(text, nameof(LatencyFloor), $"Latency of one operation on a dependency chain ({LatencyFloor.Chain} a call)", "Operation", "Latency", 1);

    /// <summary>A table of one benchmark class's methods, each median divided by <paramref name="divisor"/>; nothing if the class did not run.</summary>
    private void AppendPerOperationTable(StringBuilder text, string type, string title, string methodHeader, string valueHeader, int divisor)
    {
        var results = _results.Values.Where(result => result.Type == type).OrderBy(result => result.Method).ToList();
        if (results.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine(Invariant, $"### {title}").AppendLine();
        text.AppendLine(Invariant, $"| {methodHeader} | {valueHeader} |");
        text.AppendLine("|---|---:|");
        foreach (BenchmarkResult result in results)
        {
            text.AppendLine(Invariant, $"| {result.Method} | {result.Median / divisor:F2} ns |");
        }
    }

    private void AppendTargetTable(StringBuilder text)
    {
        text.AppendLine().AppendLine("### The issue's targets on this run").AppendLine();
        text.AppendLine("| Target | Net | Measured | Status | By how much |");
        text.AppendLine("|---|---|---:|---|---|");
        foreach (TargetResult target in Targets())
        {
            string status = target.Status switch
            {
                TargetStatus.Met => "met",
                TargetStatus.Missed => "**missed**",
                _ => "not measured",
            };
            text.AppendLine(Invariant, $"| {target.Target} | {target.Net} | {target.Measured} | {status} | {target.Margin} |");
        }
    }

    private void AppendAllocationAndNoise(StringBuilder text)
    {
        text.AppendLine().AppendLine("### Allocations and noise").AppendLine();
        var allocating = _results.Values.Where(result => result.AllocatedBytes > 0).OrderBy(result => result.Type).ThenBy(result => result.Method).ToList();
        text.AppendLine(Invariant, $"- Benchmarks that allocated: {(allocating.Count == 0 ? "none (0 B per operation everywhere)" : string.Join(", ", allocating.Select(result => $"{result.Type}.{result.Method} {result.AllocatedBytes} B")))}.");
        var spreads = _results.Values.Select(result => result.RelativeSpread).Order().ToList();
        if (spreads.Count > 0)
        {
            BenchmarkResult noisiest = _results.Values.MaxBy(result => result.RelativeSpread)!;
            text.AppendLine(Invariant, $"- Standard deviation over mean across {spreads.Count} benchmarks: median {spreads[spreads.Count / 2]:P0}, largest {noisiest.RelativeSpread:P0} ({noisiest.Type}.{noisiest.Method}).");
        }
    }

    private TargetResult SpeedUpTarget(string target, NetCase net, string other, string operation, double required)
    {
        if (SpeedUp(net, other, operation) is not double speedUp)
        {
            return new TargetResult(target, net.Name, "n/a", TargetStatus.NotMeasured, NotMeasuredReason(net));
        }

        return speedUp >= required
            ? new TargetResult(target, net.Name, Times(speedUp), TargetStatus.Met, $"{speedUp / required:0.0#}x the target")
            : new TargetResult(target, net.Name, Times(speedUp), TargetStatus.Missed, $"{speedUp / required:P0} of the target: NetGen needs to be {required / speedUp:0.0#}x faster");
    }

    private TargetResult PeakShareTarget(NetCase net, double required)
    {
        string target = $"batch forward >= {required:P0} of FMA peak";
        if (BatchGflops(net, Generated) is not double gflops || FmaPeakGflops is not double peak)
        {
            return new TargetResult(target, net.Name, "n/a", TargetStatus.NotMeasured, NotMeasuredReason(net));
        }

        double share = gflops / peak;
        string measured = string.Create(Invariant, $"{share:P1} ({gflops:F1} of {peak:F1} GFLOP/s)");
        return share >= required
            ? new TargetResult(target, net.Name, measured, TargetStatus.Met, $"{share / required:0.0#}x the target")
            : new TargetResult(target, net.Name, measured, TargetStatus.Missed, $"{share / required:P0} of the target: NetGen needs to be {required / share:0.0#}x faster");
    }

    private TargetResult AllocationTarget()
    {
        const string target = "0 B allocated in every NetGen benchmark";
        var netGen = _results.Values.Where(result => result.Method.StartsWith(Generated + "_", StringComparison.Ordinal) && result.AllocatedBytes is not null).ToList();
        if (netGen.Count == 0)
        {
            return new TargetResult(target, "all", "n/a", TargetStatus.NotMeasured, "no NetGen benchmark with MemoryDiagnoser data");
        }

        long worst = netGen.Max(result => result.AllocatedBytes!.Value);
        string measured = string.Create(Invariant, $"max {worst} B over {netGen.Count} benchmarks");
        return worst == 0
            ? new TargetResult(target, "all measured", measured, TargetStatus.Met, "exactly 0 B")
            : new TargetResult(target, "all measured", measured, TargetStatus.Missed, "allocates: " + string.Join(", ", netGen.Where(result => result.AllocatedBytes > 0).Select(result => $"{result.Type}.{result.Method}")));
    }

    private string NotMeasuredReason(NetCase net) =>
        net.CreateNetGen is null
            ? "the generator rejects this net (NG0011); build with -p:NetGenLargeNets=true once it accepts it"
            : "benchmark not in this run";

    private IEnumerable<NetCase> MeasuredNets() =>
        NetCatalog.All.Where(net => _netsByType.Any(pair => pair.Value == net && _results.Keys.Any(key => key.Type == pair.Key)));

    private IEnumerable<(string Method, BenchmarkResult Result, long Flops, double Gflops)> FmaKernels()
    {
        foreach ((string method, int lanes) in new[] { (nameof(FmaPeak.Fma256), 8), (nameof(FmaPeak.Fma512), 16) })
        {
            if (_results.TryGetValue((nameof(FmaPeak), method), out BenchmarkResult? result))
            {
                long flops = FmaPeak.Flops(lanes);
                yield return (method, result, flops, flops / result.Median);
            }
        }
    }

    private static string Label(string implementation) => implementation switch
    {
        HandWritten => "Hand-written",
        OnnxRuntime => "ONNX Runtime",
        _ => implementation,
    };

    private static string Time(BenchmarkResult? result) => result?.Median switch
    {
        null => "n/a",
        < 10 => string.Create(Invariant, $"{result.Median:F2} ns"),
        < 1_000 => string.Create(Invariant, $"{result.Median:F1} ns"),
        < 1_000_000 => string.Create(Invariant, $"{result.Median / 1_000:F2} µs"),
        _ => string.Create(Invariant, $"{result.Median / 1_000_000:F2} ms"),
    };

    private static string Times(double? ratio) => ratio switch
    {
        null => "n/a",
        < 10 => string.Create(Invariant, $"{ratio:F2}x"),
        _ => string.Create(Invariant, $"{ratio:F1}x"),
    };

    private static string Gflops(double? gflops, double? peak) => gflops switch
    {
        null => "n/a",
        _ when peak is double p => string.Create(Invariant, $"{gflops:F2} ({gflops / p:P1})"),
        _ => string.Create(Invariant, $"{gflops:F2}"),
    };
}
