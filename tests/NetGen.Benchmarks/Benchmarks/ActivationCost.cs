using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;

namespace NetGen.Benchmarks.Benchmarks;

/// <summary>
/// What one activation costs, per element of a 256-wide layer: the scalar MathF calls that NetGen and the hand-written
/// MLP make per neuron, against the vectorised TensorPrimitives kernels (the kind ONNX Runtime uses). On tanh and
/// sigmoid nets this bounds every single-sample speed-up that the weight arithmetic alone could give.
/// </summary>
public class ActivationCost
{
    /// <summary>Elements per call; the report divides by it.</summary>
    public const int Elements = 256;

    private readonly float[] _z = new float[Elements];
    private readonly float[] _h = new float[Elements];

    [GlobalSetup]
    public void SetUp()
    {
        var random = new Random(42);
        for (int i = 0; i < _z.Length; i++)
        {
            _z[i] = (6f * random.NextSingle()) - 3f; // pre-activations as a trained net sees them
        }
    }

    [Benchmark]
    public void MathF_Tanh()
    {
        for (int i = 0; i < _z.Length; i++)
        {
            _h[i] = MathF.Tanh(_z[i]);
        }
    }

    /// <summary>1 / (1 + e^-z), NetGen's sigmoid.</summary>
    [Benchmark]
    public void MathF_Sigmoid()
    {
        for (int i = 0; i < _z.Length; i++)
        {
            _h[i] = 1f / (1f + MathF.Exp(-_z[i]));
        }
    }

    [Benchmark]
    public void MathF_ReLU()
    {
        for (int i = 0; i < _z.Length; i++)
        {
            _h[i] = MathF.Max(_z[i], 0f);
        }
    }

    /// <summary>z &gt; 0 ? z : 0, NetGen's ReLU: a branch, unless the JIT makes it a select, mispredicted half the time here.</summary>
    [Benchmark]
    public void Conditional_ReLU()
    {
        for (int i = 0; i < _z.Length; i++)
        {
            float z = _z[i];
            _h[i] = z > 0f ? z : 0f;
        }
    }

    [Benchmark]
    public void TensorPrimitives_Tanh() => TensorPrimitives.Tanh(_z, _h);

    [Benchmark]
    public void TensorPrimitives_Sigmoid() => TensorPrimitives.Sigmoid(_z, _h);
}
