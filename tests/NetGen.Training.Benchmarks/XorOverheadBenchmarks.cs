using BenchmarkDotNet.Attributes;

namespace NetGen.Training.Benchmarks;

/// <summary>
/// The worst case for Fit's overhead: the 13-parameter XOR network, whose TrainStep is so cheap that the interface
/// call and the schedule weigh the most. 250 epochs of the 4 points, batch size 1.
/// </summary>
[MemoryDiagnoser]
public class XorOverheadBenchmarks
{
    private const double Eta0 = 0.5;
    private const double Tau = 200;

    private readonly XorNet _net = new();
    private readonly float[] _inputs = [0, 0, 0, 1, 1, 0, 1, 1];
    private readonly float[] _labels = [-1, 1, 1, -1];
    private readonly int[] _order = [0, 1, 2, 3];
    private readonly FitOptions _options;

    public XorOverheadBenchmarks()
        : this(250)
    {
    }

    public XorOverheadBenchmarks(int epochs)
    {
        Epochs = epochs;
        _options = new()
        {
            Epochs = epochs,
            LearningRate = LearningRateSchedule.InverseTime(Eta0, Tau),
            EvaluateTrainingLoss = false,
        };
    }

    /// <summary>Passes over the 4 points; 250 in the benchmark.</summary>
    public int Epochs { get; }

    [Benchmark(Baseline = true, Description = "hand-written TrainStep loop")]
    public float HandWrittenLoop()
    {
        _net.InitializeParameters(1);
        var random = new Random(1);
        long k = 0;
        float last = 0;
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(_order);
            foreach (int i in _order)
            {
                float eta = (float)(Eta0 / (1 + k++ / Tau));
                last = _net.TrainStep(_inputs.AsSpan(2 * i, 2), _labels[i], eta);
            }
        }

        return last;
    }

    [Benchmark(Description = "Fit")]
    public long Fit()
    {
        _net.InitializeParameters(1);
        return _net.Fit(_inputs, _labels, _options).Updates;
    }
}
