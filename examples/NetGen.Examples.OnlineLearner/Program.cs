using System.Diagnostics;
using System.Globalization;
using NetGen.Examples;
using NetGen.Examples.OnlineLearner;
using Spectre.Console;

// Online learning on a drifting stream: each event is first classified with the current weights (that is what the
// rolling accuracy measures) and then learned from with one TrainStep. A constant learning rate keeps the model able
// to follow the drift.
const int events = 200_000;
const int window = 2_000;
const int reportEvery = 20_000;
const float learningRate = 0.05f;
string output = ConsoleTraining.OutputDirectory(args, "OnlineLearner");

var net = new OnlineNet();
net.InitializeParameters(seed: 1);

// For comparison, a copy of the model that stops learning after the first checkpoint: drift makes it go stale.
var frozen = new OnlineNet();
var stream = new DriftingStream(seed: 2);
Console.WriteLine($"OnlineNet: {OnlineNet.Topology}, {OnlineNet.ParameterCount} parameters; {events:N0} events, one lap of drift every {DriftingStream.Period:N0}");

long[] updateTicks = new long[events];
var learning = new RollingAccuracy(window);
var stale = new RollingAccuracy(window);
var recent = new List<(float X, float Y, float Label)>();
var checkpoints = new List<(int Event, double Accuracy, double FrozenAccuracy, double CentreX, double CentreY)>();

AnsiConsole.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn()).Start(context =>
{
    ProgressTask task = context.AddTask("Learning from the stream", maxValue: events);
    Span<float> x = stackalloc float[2];
    for (int t = 0; t < events; t++)
    {
        float label = stream.Next(t, x);

        // Test, then train: the prediction is made before the model sees the label.
        learning.Add(net.Classify(x) == (int)label);
        stale.Add(frozen.Classify(x) == (int)label);

        long start = Stopwatch.GetTimestamp();
        net.TrainStep(x, label, learningRate);
        updateTicks[t] = Stopwatch.GetTimestamp() - start;

        if (t >= events - 400)
        {
            recent.Add((x[0], x[1], label));
        }

        if ((t + 1) % reportEvery == 0)
        {
            (double cx, double cy) = stream.Centre(t);
            checkpoints.Add((t + 1, learning.Value, stale.Value, cx, cy));
            task.Value = t + 1;
            if (t + 1 == reportEvery)
            {
                net.Parameters.CopyTo(frozen.Parameters);
            }
        }
    }
});

var table = new Table().AddColumns("events seen", $"accuracy on the last {window:N0}", $"same, model frozen at {reportEvery:N0}", "disc centre now");
foreach ((int seen, double accuracy, double frozenAccuracy, double cx, double cy) in checkpoints.Skip(1))
{
    table.AddRow(
        seen.ToString("N0", CultureInfo.InvariantCulture),
        accuracy.ToString("P1", CultureInfo.InvariantCulture),
        frozenAccuracy.ToString("P1", CultureInfo.InvariantCulture),
        string.Create(CultureInfo.InvariantCulture, $"({cx:F2}, {cy:F2})"));
}

AnsiConsole.Write(table);

// Stopwatch ticks to nanoseconds; the timer's own cost (two reads) is measured and reported beside it.
double nsPerTick = 1e9 / Stopwatch.Frequency;
Array.Sort(updateTicks);
long[] timerTicks = new long[10_000];
for (int i = 0; i < timerTicks.Length; i++)
{
    long start = Stopwatch.GetTimestamp();
    timerTicks[i] = Stopwatch.GetTimestamp() - start;
}

Array.Sort(timerTicks);
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"TrainStep latency over {events:N0} updates: p50 {Percentile(updateTicks, 0.50) * nsPerTick:F0} ns, p99 {Percentile(updateTicks, 0.99) * nsPerTick:F0} ns (timer overhead p50 {Percentile(timerTicks, 0.50) * nsPerTick:F0} ns, included)"));

(double finalX, double finalY) = stream.Centre(events - 1);
string plot = BoundaryPlot.Save(Path.Combine(output, "online-boundary.png"), net, finalX, finalY, DriftingStream.Radius, recent);
Console.WriteLine($"plot: {plot}");

double finalAccuracy = checkpoints[^1].Accuracy;
return finalAccuracy > 0.9 ? 0 : 1;

static long Percentile(long[] sorted, double q) => sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(q * sorted.Length))];
