using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using BenchmarkDotNet.Attributes;
using NetGen.Runtime;

namespace NetGen.Benchmarks.Benchmarks;

/// <summary>
/// The latency of the operations on the dependency chain of consecutive SGD steps: step k + 1 reads the weights that
/// step k wrote, so a stream of TrainStep calls cannot run faster than one pass along that chain, however many
/// execution units are idle. On 2-3-1 sigmoid the chain holds one vector sigmoid, about eight fused multiply-adds,
/// adds and shuffles (layer 1, layer 2's dot product and its lane sum, the loss's residual, the update), and a store
/// and reload of a weight. Each benchmark runs <see cref="Chain"/> operations, each waiting on the one before; the
/// report divides by that, so the figure is one operation's latency, not its throughput.
/// </summary>
public class LatencyFloor
{
    /// <summary>Dependent operations per call.</summary>
    public const int Chain = 256;

    private readonly float[] _cell = new float[16];

    /// <summary>x = sigmoid(x), NetGen's vector sigmoid over 8 floats (VectorMath.Sigmoid).</summary>
    [Benchmark(OperationsPerInvoke = Chain)]
    public float Sigmoid()
    {
        Vector256<float> x = Vector256.Create(0.25f);
        for (int i = 0; i < Chain; i++)
        {
            x = VectorMath.Sigmoid(x);
        }

        return x.GetElement(0);
    }

    /// <summary>x = x * m + c, one fused multiply-add over 8 floats.</summary>
    [Benchmark(OperationsPerInvoke = Chain)]
    public float MultiplyAdd()
    {
        Vector256<float> x = Vector256.Create(0.25f), m = Vector256.Create(0.999f), c = Vector256.Create(0.001f);
        for (int i = 0; i < Chain; i++)
        {
            x = Fma.IsSupported ? Fma.MultiplyAdd(x, m, c) : (x * m) + c;
        }

        return x.GetElement(0);
    }

    /// <summary>A weight stored and read back, as SGD's update and the next step's load of it: w = w * m + c through memory.</summary>
    [Benchmark(OperationsPerInvoke = Chain)]
    public float StoreAndReload()
    {
        float[] cell = _cell;
        cell[0] = 0.25f;
        for (int i = 0; i < Chain; i++)
        {
            cell[0] = MathF.FusedMultiplyAdd(cell[0], 0.999f, 0.001f);
        }

        return cell[0];
    }
}
