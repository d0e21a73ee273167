using System.Text.Json;
using NetGen.Benchmarks.Benchmarks;
using NetGen.Benchmarks.Cases;
using NetGen.Benchmarks.Reporting;

namespace NetGen.Benchmarks.Tests;

public class RatioReportTests
{
    [Fact]
    public void A_speed_up_is_the_other_implementations_median_over_NetGens()
    {
        RatioReport report = Report(
            Result(nameof(Tanh2x16x1), "NetGen_Forward", median: 20),
            Result(nameof(Tanh2x16x1), "HandWritten_Forward", median: 120),
            Result(nameof(Tanh2x16x1), "OnnxRuntime_Forward", median: 5_000));

        Assert.Equal(6.0, report.SpeedUp(NetCatalog.Tanh2x16x1, Implementations.HandWritten, Implementations.Forward)!.Value, 9);
        Assert.Equal(250.0, report.SpeedUp(NetCatalog.Tanh2x16x1, Implementations.OnnxRuntime, Implementations.Forward)!.Value, 9);
    }

    [Fact]
    public void A_target_missed_says_how_much_faster_NetGen_must_get()
    {
        RatioReport report = Report(
            Result(nameof(Tanh2x16x1), "NetGen_Forward", median: 20),
            Result(nameof(Tanh2x16x1), "HandWritten_Forward", median: 120));

        TargetResult target = report.Targets().Single(t => t.Net == "2-16-1 tanh" && t.Target == "forward >= 10x hand-written");

        Assert.Equal(TargetStatus.Missed, target.Status);
        Assert.Equal("6.00x", target.Measured);
        Assert.Contains("1.67x faster", target.Margin, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_met_reports_its_margin()
    {
        RatioReport report = Report(
            Result(nameof(Sigmoid2x3x1), "NetGen_TrainStep", median: 10),
            Result(nameof(Sigmoid2x3x1), "HandWritten_TrainStep", median: 80));

        TargetResult target = report.Targets().Single(t => t.Net == "2-3-1 sigmoid" && t.Target == "SGD step >= 5x hand-written");

        Assert.Equal(TargetStatus.Met, target.Status);
        Assert.Equal("1.6x the target", target.Margin);
    }

    [Fact]
    public void The_batch_share_counts_2_flops_per_multiply_add_against_the_best_FMA_kernel()
    {
        // 16-64-64-1: 16*64 + 64*64 + 64*1 = 5,184 multiply-adds a sample, 256 samples, 2 FLOPs each.
        const double flops = 2.0 * 5_184 * 256;
        RatioReport report = Report(
            Result(nameof(Tanh16x64x64x1), "NetGen_Batch", median: flops / 25), // 25 GFLOP/s
            Result(nameof(FmaPeak), nameof(FmaPeak.Fma256), median: FmaPeak.Flops(8) / 50.0), // 50 GFLOP/s
            Result(nameof(FmaPeak), nameof(FmaPeak.Fma512), median: FmaPeak.Flops(16) / 100.0)); // 100 GFLOP/s

        Assert.Equal(100.0, report.FmaPeakGflops!.Value, 6);
        Assert.Equal(25.0, report.BatchGflops(NetCatalog.Tanh16x64x64x1, Implementations.Generated)!.Value, 6);
        TargetResult target = report.Targets().Single(t => t.Target.StartsWith("batch forward", StringComparison.Ordinal));
        Assert.Equal(TargetStatus.Missed, target.Status);
        Assert.Contains("needs to be 2.0x faster", target.Margin, StringComparison.Ordinal);
    }

    [Fact]
    public void A_net_without_NetGen_results_is_not_measured_rather_than_met()
    {
        RatioReport report = Report(Result(nameof(Relu784x128x10), "OnnxRuntime_Forward", median: 9_000));

        TargetResult target = report.Targets().Single(t => t.Net == "784-128-10 ReLU");

        Assert.Equal(TargetStatus.NotMeasured, target.Status);
    }

    [Fact]
    public void A_NetGen_benchmark_that_allocates_misses_the_allocation_target()
    {
        RatioReport report = Report(
            Result(nameof(Tanh2x16x1), "NetGen_Forward", median: 20, allocated: 0),
            Result(nameof(Tanh4x16x3), "NetGen_TrainStep", median: 20, allocated: 24),
            Result(nameof(Tanh4x16x3), "OnnxRuntime_Forward", median: 20, allocated: 64));

        TargetResult target = report.Targets().Single(t => t.Target.StartsWith("0 B", StringComparison.Ordinal));

        Assert.Equal(TargetStatus.Missed, target.Status);
        Assert.Contains("Tanh4x16x3.NetGen_TrainStep", target.Margin, StringComparison.Ordinal);
        Assert.DoesNotContain("OnnxRuntime", target.Margin, StringComparison.Ordinal);
    }

    [Fact]
    public void Parsing_skips_benchmarks_that_failed_and_reads_the_rest()
    {
        string json = Json(
            new { Type = "Tanh2x16x1", Method = "NetGen_Forward", Statistics = (object?)null, Memory = (object?)null },
            new { Type = "Tanh2x16x1", Method = "HandWritten_Forward", Statistics = (object?)new { Median = 400.0, Mean = 410.0, StandardDeviation = 41.0 }, Memory = (object?)new { BytesAllocatedPerOperation = 0L } });

        BenchmarkResult result = Assert.Single(BenchmarkResult.Parse(json));

        Assert.Equal(("HandWritten_Forward", 400.0, 0L), (result.Method, result.Median, result.AllocatedBytes!.Value));
        Assert.Equal(0.1, result.RelativeSpread, 9);
    }

    [Fact]
    public void Every_benchmark_class_measures_a_net_of_the_catalog()
    {
        IReadOnlyDictionary<string, NetCase> classes = RatioReport.BenchmarkClasses();

        Assert.Equal(NetCatalog.All.Count, classes.Count);
        Assert.Equal(NetCatalog.All.ToHashSet(), classes.Values.ToHashSet());
    }

    [Fact]
    public void The_chain_latencies_are_listed_per_operation()
    {
        string markdown = Report(
            Result(nameof(LatencyFloor), nameof(LatencyFloor.Sigmoid), median: 12.384),
            Result(nameof(LatencyFloor), nameof(LatencyFloor.MultiplyAdd), median: 0.8655)).ToMarkdown();

        Assert.Contains($"### Latency of one operation on a dependency chain ({LatencyFloor.Chain} a call)", markdown, StringComparison.Ordinal);
        Assert.Contains("| MultiplyAdd | 0.87 ns |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Sigmoid | 12.38 ns |", markdown, StringComparison.Ordinal);
    }

    private static RatioReport Report(params BenchmarkResult[] results) => new(results, RatioReport.BenchmarkClasses());

    private static BenchmarkResult Result(string type, string method, double median, long allocated = 0) =>
        new(type, method, median, median, 0, allocated);

    private static string Json(params object[] benchmarks) => JsonSerializer.Serialize(new { Benchmarks = benchmarks });
}
