using System.Diagnostics;
using System.Globalization;
using NetGen.Benchmarks.Baselines;
using NetGen.Benchmarks.Cases;
using NetGen.Benchmarks.Networks;

namespace NetGen.Benchmarks.Validation;

/// <summary>
/// <c>--interleaved-steps [rounds]</c>: the SGD step of NetGen and of the hand-written MLP timed in alternating blocks
/// of the same process, so that load from other work on a shared machine hits both alike. Each round times one block
/// of each (the order alternating between rounds); the report gives the fastest and the median time per step of each,
/// and the median of the per-round ratios, which pairs blocks that ran close together in time.
/// </summary>
internal static class InterleavedSteps
{
    private const int StepsPerBlock = 2000;

    public static void Run(int rounds)
    {
        Console.WriteLine($"load before: {File.ReadAllText("/proc/loadavg").Trim()}");
        var tanh2x16x1 = new Tanh2x16x1Net();
        Measure(NetCatalog.Tanh2x16x1, tanh2x16x1, new Tanh2x16x1Step(tanh2x16x1, NetCatalog.Tanh2x16x1), rounds * 4);
        var tanh4x16x3 = new Tanh4x16x3Net();
        Measure(NetCatalog.Tanh4x16x3, tanh4x16x3, new Tanh4x16x3Step(tanh4x16x3, NetCatalog.Tanh4x16x3), rounds * 2);
#if NETGEN_LARGE_NETS
        var relu64x32x10 = new Relu64x32x10Net();
        Measure(NetCatalog.Relu64x32x10, relu64x32x10, new Relu64x32x10Step(relu64x32x10, NetCatalog.Relu64x32x10), rounds);
#endif
        Console.WriteLine($"load after: {File.ReadAllText("/proc/loadavg").Trim()}");
    }

    private static void Measure<TStep>(NetCase netCase, INetwork<float> netGen, TStep step, int rounds)
        where TStep : struct, IStep
    {
        netCase.Parameters.CopyTo(netGen.Parameters);
        var handWritten = new HandWrittenMlp(netCase.Topology, netCase.Parameters);
        var netGenTimes = new double[rounds];
        var handTimes = new double[rounds];
        var ratios = new double[rounds];
        float sink = 0f;
        for (int round = -rounds / 10; round < rounds; round++)
        {
            double netGenTime;
            double handTime;
            if ((round & 1) == 0)
            {
                netGenTime = TimeNetGen(step, ref sink);
                handTime = TimeHandWritten(netCase, handWritten, ref sink);
            }
            else
            {
                handTime = TimeHandWritten(netCase, handWritten, ref sink);
                netGenTime = TimeNetGen(step, ref sink);
            }

            if (round >= 0)
            {
                netGenTimes[round] = netGenTime;
                handTimes[round] = handTime;
                ratios[round] = handTime / netGenTime;
            }

            // Keep the weights where they started, so that a long run cannot drift into a different regime.
            if (round % 16 == 15)
            {
                netCase.Parameters.CopyTo(netGen.Parameters);
                handWritten = new HandWrittenMlp(netCase.Topology, netCase.Parameters);
            }
        }

        Array.Sort(netGenTimes);
        Array.Sort(handTimes);
        Array.Sort(ratios);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{netCase.Name,-16} step: NetGen min {netGenTimes[0],8:F1} ns median {Median(netGenTimes),8:F1} ns; hand-written min {handTimes[0],8:F1} ns median {Median(handTimes),8:F1} ns; ratio of minima {handTimes[0] / netGenTimes[0]:F2}x, median paired ratio {Median(ratios):F2}x (quartiles {ratios[rounds / 4]:F2}-{ratios[3 * rounds / 4]:F2}) [{sink:G3}]"));
    }

    private static double Median(double[] sorted) => sorted[sorted.Length / 2];

    private static double TimeNetGen<TStep>(TStep step, ref float sink)
        where TStep : struct, IStep
    {
        long start = Stopwatch.GetTimestamp();
        float loss = 0f;
        for (int i = 0; i < StepsPerBlock; i++)
        {
            int sample = i & (NetCase.SampleCount - 1);
            loss += step.Step(sample);
        }

        sink += loss * 1e-30f;
        return Stopwatch.GetElapsedTime(start).TotalNanoseconds / StepsPerBlock;
    }

    private static double TimeHandWritten(NetCase netCase, HandWrittenMlp handWritten, ref float sink)
    {
        long start = Stopwatch.GetTimestamp();
        float loss = 0f;
        bool classes = netCase.Topology.Loss == Loss.SoftmaxCrossEntropy;
        for (int i = 0; i < StepsPerBlock; i++)
        {
            int sample = i & (NetCase.SampleCount - 1);
            loss += classes
                ? handWritten.TrainStep(netCase.Input(sample), netCase.Label(sample), netCase.LearningRate)
                : handWritten.TrainStep(netCase.Input(sample), netCase.Target(sample), netCase.LearningRate);
        }

        sink += loss * 1e-30f;
        return Stopwatch.GetElapsedTime(start).TotalNanoseconds / StepsPerBlock;
    }

    /// <summary>One NetGen step on a sample; a struct, so the timing loop is compiled for each net's concrete call.</summary>
    private interface IStep
    {
        float Step(int sample);
    }

    // One struct per net, each calling the concrete TrainStep as the suite does (no interface or delegate call).
    private readonly struct Tanh2x16x1Step(Tanh2x16x1Net net, NetCase netCase) : IStep
    {
        public float Step(int sample) => net.TrainStep(netCase.Input(sample), netCase.Target(sample), netCase.LearningRate);
    }

    private readonly struct Tanh4x16x3Step(Tanh4x16x3Net net, NetCase netCase) : IStep
    {
        public float Step(int sample) => net.TrainStep(netCase.Input(sample), netCase.Label(sample), netCase.LearningRate);
    }
#if NETGEN_LARGE_NETS

    private readonly struct Relu64x32x10Step(Relu64x32x10Net net, NetCase netCase) : IStep
    {
        public float Step(int sample) => net.TrainStep(netCase.Input(sample), netCase.Label(sample), netCase.LearningRate);
    }
#endif
}
