using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime;

/// <summary>
/// The first code of a process that uses the vector types and NetGen's vector math pays for loading them, once for each
/// of Vector128, Vector256, Vector512 and VectorMath (measured in docs/performance.md). Run when a network's parameters
/// are allocated, so that a process pays it while it constructs its networks, not inside the first Forward or
/// TrainStep, whose caller may have a deadline (an audio callback, a control step). Once a process; what it computes is
/// thrown away.
/// </summary>
internal static class VectorWarmup
{
    private static bool s_done;

    /// <summary>Written so that the JIT cannot drop the work as unused.</summary>
    private static double s_sink;

    public static void Run()
    {
        if (!s_done)
        {
            Touch(1f, 1.0);
            s_done = true;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void Touch(float single, double dual)
    {
        Vector256<float> f = VectorMath.Sigmoid(Vector256.Create(single)) + VectorMath.Tanh(Vector256.Create(single)) + VectorMath.Exp(Vector256.Create(single));
        Vector256<double> d = VectorMath.Sigmoid(Vector256.Create(dual)) + VectorMath.Tanh(Vector256.Create(dual)) + VectorMath.Exp(Vector256.Create(dual));
        double sum = Vector128.Sum(f.GetLower()) + Vector128.Sum(d.GetLower());
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<float> f512 = VectorMath512.Sigmoid(Vector512.Create(single)) + VectorMath512.Tanh(Vector512.Create(single));
            Vector512<double> d512 = VectorMath512.Sigmoid(Vector512.Create(dual)) + VectorMath512.Tanh(Vector512.Create(dual));
            sum += Vector512.Sum(f512) + Vector512.Sum(d512);
        }

        s_sink = sum;
    }
}
