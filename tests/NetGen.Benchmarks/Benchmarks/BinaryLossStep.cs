using BenchmarkDotNet.Attributes;

namespace NetGen.Benchmarks.Benchmarks;

/// <summary>
/// The SGD step of the lecture's binary classifiers, y in {+1, -1}: 2-16-1 tanh with the hinge and with the logistic
/// loss, over 256 points whose labels follow a curved boundary with 10 % of them flipped, visited in a shuffled order.
/// Whether a point is inside the hinge's margin, and the sign of -y z, then change from one step to the next, as in
/// training; the loss's derivative must not be a branch on them. Not among the targets: there is no
/// hand-written or ONNX Runtime counterpart, the point is NetGen's own step time for these losses.
/// </summary>
public class BinaryLossStep
{
    private const int Samples = 256;

    private readonly float[] _inputs = new float[Samples * 2];
    private readonly float[] _labels = new float[Samples];
    private readonly int[] _order = new int[Samples];
    private readonly Tanh2x16x1HingeNet _hinge = new();
    private readonly Tanh2x16x1LogisticNet _logistic = new();
    private int _step;

    [GlobalSetup]
    public void SetUp()
    {
        var random = new Random(7);
        for (int i = 0; i < Samples; i++)
        {
            float x0 = (2f * random.NextSingle()) - 1f;
            float x1 = (2f * random.NextSingle()) - 1f;
            _inputs[2 * i] = x0;
            _inputs[(2 * i) + 1] = x1;
            float label = x1 > MathF.Sin(3f * x0) / 2f ? 1f : -1f;
            _labels[i] = random.NextDouble() < 0.1 ? -label : label;
            _order[i] = i;
        }

        random.Shuffle(_order);
        _hinge.InitializeParameters(1);
        _logistic.InitializeParameters(1);
    }

    [Benchmark]
    public float Hinge()
    {
        int sample = NextSample();
        return _hinge.TrainStep(_inputs.AsSpan(2 * sample, 2), _labels[sample], 0.01f);
    }

    [Benchmark]
    public float Logistic()
    {
        int sample = NextSample();
        return _logistic.TrainStep(_inputs.AsSpan(2 * sample, 2), _labels[sample], 0.01f);
    }

    private int NextSample()
    {
        int step = _step;
        _step = (step + 1) & (Samples - 1);
        return _order[step];
    }
}

/// <summary>2-16-1 tanh, hinge loss.</summary>
[Network(Loss.Hinge)]
[Input(2)]
[Dense(16, Activation.Tanh)]
[Dense(1)]
public partial class Tanh2x16x1HingeNet
{
}

/// <summary>2-16-1 tanh, logistic loss.</summary>
[Network(Loss.Logistic)]
[Input(2)]
[Dense(16, Activation.Tanh)]
[Dense(1)]
public partial class Tanh2x16x1LogisticNet
{
}
