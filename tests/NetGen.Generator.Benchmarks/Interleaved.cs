using System.Diagnostics;
using System.Globalization;

namespace NetGen.Generator.Benchmarks;

/// <summary>
/// The after-edit ratio measured so that the load of a shared machine cancels out: the stub and NetGen alternate, run
/// for run, in one process, and the medians are compared. BenchmarkDotNet measures each benchmark in a process of its
/// own, one after the other, so a change of load between the two moves its ratio column (on a busy two-core machine,
/// between 1.4 and 4.7 for the same code).
/// </summary>
internal static class Interleaved
{
    public static void Run(int runs)
    {
        var benchmarks = new GenerationBenchmarks();
        benchmarks.Setup();
        // As many runs again first, so that the JIT has moved both generators' hot code to its optimised tier.
        for (int i = 0; i < runs; i++)
        {
            benchmarks.StubAfterEdit();
            benchmarks.NetGenAfterEdit();
        }

        double[] stub = new double[runs];
        double[] netGen = new double[runs];
        var watch = new Stopwatch();
        for (int i = 0; i < runs; i++)
        {
            watch.Restart();
            benchmarks.StubAfterEdit();
            stub[i] = watch.Elapsed.TotalMicroseconds;
            watch.Restart();
            benchmarks.NetGenAfterEdit();
            netGen[i] = watch.Elapsed.TotalMicroseconds;
        }

        // Bytes allocated per run, each generator on its own, after the timed runs (all threads, precise).
        long stubBytes = AllocatedPerRun(() => benchmarks.StubAfterEdit(), runs);
        long netGenBytes = AllocatedPerRun(() => benchmarks.NetGenAfterEdit(), runs);

        Array.Sort(stub);
        Array.Sort(netGen);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"After an unrelated edit, {runs} runs each, alternating: stub median {stub[runs / 2]:F0} us (p25 {stub[runs / 4]:F0}), NetGen median {netGen[runs / 2]:F0} us (p25 {netGen[runs / 4]:F0}); ratio of medians {netGen[runs / 2] / stub[runs / 2]:F2}, of p25 {netGen[runs / 4] / stub[runs / 4]:F2}; allocated per run: stub {stubBytes / 1024.0:F1} KB, NetGen {netGenBytes / 1024.0:F1} KB"));
    }

    private static long AllocatedPerRun(Action run, int runs)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        for (int i = 0; i < runs; i++)
        {
            run();
        }

        return (GC.GetTotalAllocatedBytes(precise: true) - before) / runs;
    }
}
