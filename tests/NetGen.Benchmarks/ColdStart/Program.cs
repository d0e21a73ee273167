using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NetGen.ColdStart;

/// <summary>
/// The cold-start harness. Without <c>--child</c> it starts one fresh process per measurement and prints a table:
/// for every net and for Forward and TrainStep, the time of the first N calls (default 1,000,000) against N calls of
/// the same process's steady state, and for Fit on the digits data the first run against a warm one. The child
/// processes inherit this process's environment, so <c>DOTNET_TieredCompilation=0</c> and the like can be compared.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project tests/NetGen.Benchmarks/ColdStart -- [--calls N] [--repeat R] [--only TEXT]
/// [--no-fit] [--out FILE.md]</c>. Each ratio is the median of R processes (default 3).
/// </remarks>
public static class Program
{
    private const string Forward = "Forward";
    private const string TrainStep = "TrainStep";

    public static int Main(string[] args)
    {
        if (args is ["--child", string method, string name, string calls])
        {
            return Child(method, name, int.Parse(calls, CultureInfo.InvariantCulture));
        }

        if (args is ["--child-fit", string batch])
        {
            return ChildFit(int.Parse(batch, CultureInfo.InvariantCulture));
        }

        int callCount = 1_000_000;
        int repeat = 3;
        string? only = null;
        string? output = null;
        bool fit = true;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--calls": callCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--repeat": repeat = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--only": only = args[++i]; break;
                case "--out": output = args[++i]; break;
                case "--no-fit": fit = false; break;
                default:
                    Console.Error.WriteLine($"Unknown argument {args[i]}. See the remarks of NetGen.ColdStart.Program.");
                    return 2;
            }
        }

        return Parent(callCount, repeat, only, output, fit);
    }

    private static int Parent(int calls, int repeat, string? only, string? output, bool fit)
    {
        var table = new StringBuilder();
        string tiered = Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") ?? "default";
        table.AppendLine(CultureInfo.InvariantCulture, $"Cold start, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, DOTNET_TieredCompilation={tiered}, {Clock.Kind}; first {calls:N0} calls against {calls:N0} steady-state calls of the same process, median of {repeat} processes.");
        table.AppendLine();
        table.AppendLine("| Net | Suite | Forward: first call (us) | first N (ns/call) | steady | ratio | TrainStep: first call (us) | first N | steady | ratio |");
        table.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.Write(table.ToString());
        var ratios = new List<(string Method, bool Suite, double Ratio)>();
        foreach ((string name, bool suite, _, _, string shape) in Drivers.Nets)
        {
            if (only is not null && !name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            (double First, double Steady, double FirstCall, double Ratio) forward = Median(repeat, () => RunChild(Forward, name, calls));
            (double First, double Steady, double FirstCall, double Ratio) step = Median(repeat, () => RunChild(TrainStep, name, calls));
            ratios.Add((Forward, suite, forward.Ratio));
            ratios.Add((TrainStep, suite, step.Ratio));
            string row = string.Create(
                CultureInfo.InvariantCulture,
                $"| {shape} | {(suite ? "yes" : "grid")} | {forward.FirstCall:F0} | {forward.First:F1} | {forward.Steady:F1} | {forward.Ratio:F2}x | {step.FirstCall:F0} | {step.First:F1} | {step.Steady:F1} | {step.Ratio:F2}x |");
            table.AppendLine(row);
            Console.WriteLine(row);
        }

        var summary = new StringBuilder();
        summary.AppendLine();
        foreach (string method in new[] { Forward, TrainStep })
        {
            double[] all = ratios.Where(r => r.Method == method).Select(r => r.Ratio).Order().ToArray();
            if (all.Length > 0)
            {
                summary.AppendLine(CultureInfo.InvariantCulture, $"{method}: worst {all[^1]:F2}x, median {all[all.Length / 2]:F2}x over {all.Length} nets; {all.Count(r => r > 1.5)} over 1.5x.");
            }
        }

        if (fit)
        {
            summary.AppendLine();
            summary.AppendLine("| Fit on digits (64-32-10 ReLU, 1,437 rows, 40 epochs, SGD) | first (ms) | warm (ms) | first - warm (ms) |");
            summary.AppendLine("|---|---:|---:|---:|");
            foreach (int batch in new[] { 1, 32 })
            {
                var runs = Enumerable.Range(0, repeat).Select(_ => RunFitChild(batch)).OrderBy(r => r.First - r.Warm).ToArray();
                (double first, double warm, string data) = runs[runs.Length / 2];
                summary.AppendLine(CultureInfo.InvariantCulture, $"| batch {batch} ({data}) | {first:F1} | {warm:F1} | {first - warm:F1} |");
            }
        }

        table.Append(summary);
        Console.Write(summary.ToString());
        if (output is not null)
        {
            File.WriteAllText(output, table.ToString());
        }

        return 0;
    }

    /// <summary>The process whose ratio is the median of <paramref name="repeat"/>.</summary>
    private static (double First, double Steady, double FirstCall, double Ratio) Median(int repeat, Func<(double First, double Steady, double FirstCall)> run)
    {
        var results = Enumerable.Range(0, repeat).Select(_ => run()).Select(r => (r.First, r.Steady, r.FirstCall, Ratio: r.First / r.Steady)).OrderBy(r => r.Ratio).ToArray();
        return results[results.Length / 2];
    }

    /// <summary>
    /// One fresh process: the first <paramref name="calls"/> calls, then as many in the steady state, in ns a call; and
    /// the very first call alone (which includes compiling the method), in microseconds.
    /// </summary>
    private static (double First, double Steady, double FirstCall) RunChild(string method, string name, int calls)
    {
        string[] fields = RunProcess("--child", method, name, calls.ToString(CultureInfo.InvariantCulture)).Split(' ');
        return (Parse(fields[0]), Parse(fields[1]), Parse(fields[2]));
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static (double First, double Warm, string Data) RunFitChild(int batch)
    {
        string[] fields = RunProcess("--child-fit", batch.ToString(CultureInfo.InvariantCulture)).Split(' ');
        return (double.Parse(fields[0], CultureInfo.InvariantCulture), double.Parse(fields[1], CultureInfo.InvariantCulture), fields[2]);
    }

    private static string RunProcess(params string[] arguments)
    {
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("The child process did not start.");
        string text = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The child {string.Join(' ', arguments)} exited with {process.ExitCode}: {text}");
        }

        return text;
    }

    /// <summary>In the child: the driver's two loops, printed as ns a call.</summary>
    private static int Child(string method, string name, int calls)
    {
        var (_, _, inputs, outputs, _) = Array.Find(Drivers.Nets, n => n.Name == name);
        var random = new Random(12345);
        float[] x = Enumerable.Range(0, 64 * inputs).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
        float[] y = Enumerable.Range(0, 64 * outputs).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
        int[] labels = Enumerable.Range(0, 64).Select(_ => random.Next(outputs)).ToArray();
        float[] output = new float[64 * outputs];
        var firstCall = new Clock();
        var first = new Clock();
        var steady = new Clock();
        Drivers.Run(method, name, calls, x, y, labels, output, firstCall, first, steady);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{first.ElapsedNanoseconds / calls:R} {steady.ElapsedNanoseconds / calls:R} {firstCall.ElapsedNanoseconds / 1000:R}"));
        return 0;
    }

    /// <summary>In the child: the first Fit of the process, then the fastest of three more, each from the same weights.</summary>
    private static int ChildFit(int batch)
    {
        (float[] x, float[] labels, string data) = DigitsData.Load();
        double first = DigitsData.TimeFit(x, labels, batch);
        double warm = double.PositiveInfinity;
        for (int i = 0; i < 3; i++)
        {
            warm = Math.Min(warm, DigitsData.TimeFit(x, labels, batch));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{first:R} {warm:R} {data}"));
        return 0;
    }
}
