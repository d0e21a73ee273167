using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace NetGen.Training.Benchmarks;

/// <summary>
/// A second opinion for a busy machine: BenchmarkDotNet measures one method after the other, so load that comes and
/// goes between them skews their ratio. This runs the baseline and Fit in alternating rounds (swapping which goes
/// first) and reports the median of the per-round ratios, which such load mostly cancels out of.
/// </summary>
internal static class PairedComparison
{
    private static bool s_threadCpuTime;

    /// <summary>Runs one case; run each in its own process, as BenchmarkDotNet does, so the JIT's profile of one network does not slow the other.</summary>
    /// <param name="name">The case.</param>
    /// <param name="rounds">Rounds of each side.</param>
    /// <param name="threadCpuTime">Time rounds by this thread's CPU time instead of the wall clock (Linux).</param>
    public static void Run(string name, int rounds, bool threadCpuTime = false)
    {
        s_threadCpuTime = threadCpuTime;
        switch (name)
        {
            case "sine":
                var sine = new FitOverheadBenchmarks();
                sine.Setup();
                Compare("sine 1-16-1, 10 epochs x 256 samples", () => sine.HandWrittenLoop(), () => sine.Fit(), rounds);
                break;
            case "sine-j":
                var sineWithObjective = new FitOverheadBenchmarks();
                sineWithObjective.Setup();
                Compare("sine 1-16-1, same, with J(theta) per epoch", () => sineWithObjective.HandWrittenLoopWithObjective(), () => sineWithObjective.FitWithObjective(), rounds);
                break;
            case "xor":
                var xor = new XorOverheadBenchmarks();
                Compare("xor 2-3-1, 250 epochs x 4 samples", () => xor.HandWrittenLoop(), () => xor.Fit(), rounds);
                break;
            case "xor-long":
                var xorLong = new XorOverheadBenchmarks(2500);
                Compare("xor 2-3-1, 2500 epochs x 4 samples", () => xorLong.HandWrittenLoop(), () => xorLong.Fit(), rounds);
                break;
            case "xor-short":
                var xorShort = new XorOverheadBenchmarks(25);
                Compare("xor 2-3-1, 25 epochs x 4 samples", () => xorShort.HandWrittenLoop(), () => xorShort.Fit(), rounds);
                break;
            default:
                throw new ArgumentException($"Unknown case '{name}': use sine, sine-j, xor, xor-short (25 epochs) or xor-long (2,500).", nameof(name));
        }
    }

    private static void Compare(string name, Func<object> baseline, Func<object> fit, int rounds)
    {
        for (int i = 0; i < 200; i++)
        {
            baseline();
            fit();
        }

        var baselineTimes = new double[rounds];
        var fitTimes = new double[rounds];
        var ratios = new double[rounds];
        for (int r = 0; r < rounds; r++)
        {
            if (r % 2 == 0)
            {
                baselineTimes[r] = Time(baseline);
                fitTimes[r] = Time(fit);
            }
            else
            {
                fitTimes[r] = Time(fit);
                baselineTimes[r] = Time(baseline);
            }

            ratios[r] = fitTimes[r] / baselineTimes[r];
        }

        Array.Sort(baselineTimes);
        Array.Sort(fitTimes);
        Array.Sort(ratios);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name}{(s_threadCpuTime ? " (thread CPU time)" : "")}: hand-written {Median(baselineTimes):F1} us, Fit {Median(fitTimes):F1} us (medians of {rounds}); Fit / hand-written per round: median {Median(ratios):F3}, quartiles {ratios[rounds / 4]:F3} - {ratios[3 * rounds / 4]:F3}; fastest rounds {baselineTimes[0]:F1} us and {fitTimes[0]:F1} us, ratio {fitTimes[0] / baselineTimes[0]:F3}"));
    }

    private static double Time(Func<object> action)
    {
        if (s_threadCpuTime)
        {
            double before = ThreadCpuMicroseconds();
            action();
            return ThreadCpuMicroseconds() - before;
        }

        long start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    /// <summary>
    /// The CPU time of this thread (Linux CLOCK_THREAD_CPUTIME_ID), which does not advance while other processes have the
    /// core: on a machine shared with builds, wall-clock rounds are stretched at random, CPU-time rounds much less.
    /// </summary>
    private static double ThreadCpuMicroseconds()
    {
        if (ClockGetTime(ClockThreadCpuTime, out TimeSpec time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed; use wall-clock rounds (no --cpu).");
        }

        return (time.Seconds * 1e6) + (time.Nanoseconds / 1e3);
    }

    private const int ClockThreadCpuTime = 3;

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static double Median(double[] sorted) => sorted[sorted.Length / 2];
}
