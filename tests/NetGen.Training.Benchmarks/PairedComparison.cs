using System.Diagnostics;
using System.Globalization;

namespace NetGen.Training.Benchmarks;

/// <summary>
/// A second opinion for a busy machine: BenchmarkDotNet measures one method after the other, so load that comes and
/// goes between them skews their ratio. This runs the baseline and Fit in alternating rounds (swapping which goes
/// first) and reports the median of the per-round ratios, which such load mostly cancels out of.
/// </summary>
internal static class PairedComparison
{
    /// <summary>Runs one case; run each in its own process, as BenchmarkDotNet does, so the JIT's profile of one network does not slow the other.</summary>
    public static void Run(string name, int rounds)
    {
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
            default:
                throw new ArgumentException($"Unknown case '{name}': use sine, sine-j or xor.", nameof(name));
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
            $"{name}: hand-written {Median(baselineTimes):F1} us, Fit {Median(fitTimes):F1} us (medians of {rounds}); Fit / hand-written per round: median {Median(ratios):F3}, quartiles {ratios[rounds / 4]:F3} - {ratios[3 * rounds / 4]:F3}"));
    }

    private static double Time(Func<object> action)
    {
        long start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    private static double Median(double[] sorted) => sorted[sorted.Length / 2];
}
