using BenchmarkDotNet.Attributes;

namespace NetGen.Training.Benchmarks;

/// <summary>
/// Fit against the hand-written loop it replaces, for the lecture's SGD (batch size 1, inverse-time eta_k): 10 epochs
/// over 256 samples of the sine network. The baseline shuffles with <see cref="Random"/> and calls the typed
/// TrainStep directly; Fit goes through INetwork&lt;float&gt;. The pair "with J" also measures J(theta) after every
/// epoch, which Fit does by default.
/// </summary>
[MemoryDiagnoser]
public class FitOverheadBenchmarks
{
    private const int Rows = 256;
    private const int Epochs = 10;
    private const double Eta0 = 0.05;
    private const double Tau = 1000;

    private readonly SineNet _net = new();
    private readonly float[] _inputs = new float[Rows];
    private readonly float[] _targets = new float[Rows];
    private readonly int[] _order = new int[Rows];
    private FitOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < Rows; i++)
        {
            _inputs[i] = -1 + 2f * i / (Rows - 1);
            _targets[i] = MathF.Sin(MathF.PI * _inputs[i]);
            _order[i] = i;
        }

        _options = new FitOptions
        {
            Epochs = Epochs,
            LearningRate = LearningRateSchedule.InverseTime(Eta0, Tau),
            EvaluateTrainingLoss = false,
        };
    }

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
                last = _net.TrainStep(_inputs.AsSpan(i, 1), _targets.AsSpan(i, 1), eta);
            }
        }

        return last;
    }

    [Benchmark(Description = "Fit")]
    public long Fit()
    {
        _net.InitializeParameters(1);
        return _net.Fit(_inputs, _targets, _options).Updates;
    }

    [Benchmark(Description = "hand-written TrainStep loop, with J")]
    public float HandWrittenLoopWithObjective()
    {
        _net.InitializeParameters(1);
        var random = new Random(1);
        long k = 0;
        float objective = 0;
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(_order);
            foreach (int i in _order)
            {
                float eta = (float)(Eta0 / (1 + k++ / Tau));
                _net.TrainStep(_inputs.AsSpan(i, 1), _targets.AsSpan(i, 1), eta);
            }

            objective = 0;
            for (int i = 0; i < Rows; i++)
            {
                objective += _net.ComputeLoss(_inputs.AsSpan(i, 1), _targets.AsSpan(i, 1));
            }
        }

        return objective / Rows;
    }

    [Benchmark(Description = "Fit, with J")]
    public double FitWithObjective()
    {
        _net.InitializeParameters(1);
        return _net.Fit(_inputs, _targets, _options with { EvaluateTrainingLoss = true }).Last.TrainingLoss!.Value;
    }
}
