using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using BenchmarkDotNet.Attributes;

namespace NetGen.Benchmarks.Benchmarks;

/// <summary>
/// The core's peak single-precision FMA throughput: <see cref="Chains"/> independent accumulators, so the FMA units
/// are never waiting on a previous result (latency 4 cycles x 2 ports needs 8 in flight), and no memory traffic. The
/// report divides <see cref="Flops"/> by the measured time; the batch-throughput target is a share of the best.
/// </summary>
public class FmaPeak
{
    /// <summary>Iterations of the loop; each issues one FMA per chain.</summary>
    public const int Iterations = 1 << 16;

    /// <summary>12 chains leave 4 of the 16 AVX2 registers free, so the 256-bit loop does not spill either.</summary>
    public const int Chains = 12;

    // a <- a * m + c converges to c / (1 - m) = 1: the values stay normal, so no denormal slow path is measured.
    private const float Multiplier = 0.9999f;
    private const float Addend = 0.0001f;

    /// <summary>FLOPs of one call, counting 2 per multiply-add, for a vector of <paramref name="lanes"/> floats.</summary>
    public static long Flops(int lanes) => 2L * lanes * Chains * Iterations;

    /// <summary>256-bit FMA (AVX2 + FMA3): 8 floats a lane group.</summary>
    [Benchmark]
    public float Fma256()
    {
        Vector256<float> m = Vector256.Create(Multiplier);
        Vector256<float> c = Vector256.Create(Addend);
        Vector256<float> a0 = Vector256<float>.One, a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0;
        Vector256<float> a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        for (int i = 0; i < Iterations; i++)
        {
            a0 = Fma.MultiplyAdd(a0, m, c);
            a1 = Fma.MultiplyAdd(a1, m, c);
            a2 = Fma.MultiplyAdd(a2, m, c);
            a3 = Fma.MultiplyAdd(a3, m, c);
            a4 = Fma.MultiplyAdd(a4, m, c);
            a5 = Fma.MultiplyAdd(a5, m, c);
            a6 = Fma.MultiplyAdd(a6, m, c);
            a7 = Fma.MultiplyAdd(a7, m, c);
            a8 = Fma.MultiplyAdd(a8, m, c);
            a9 = Fma.MultiplyAdd(a9, m, c);
            a10 = Fma.MultiplyAdd(a10, m, c);
            a11 = Fma.MultiplyAdd(a11, m, c);
        }

        return Sum(((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7)) + ((a8 + a9) + (a10 + a11)));
    }

    /// <summary>512-bit FMA (AVX-512F): 16 floats. Throws PlatformNotSupportedException on a CPU without AVX-512.</summary>
    [Benchmark]
    public float Fma512()
    {
        Vector512<float> m = Vector512.Create(Multiplier);
        Vector512<float> c = Vector512.Create(Addend);
        Vector512<float> a0 = Vector512<float>.One, a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0;
        Vector512<float> a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        for (int i = 0; i < Iterations; i++)
        {
            a0 = Avx512F.FusedMultiplyAdd(a0, m, c);
            a1 = Avx512F.FusedMultiplyAdd(a1, m, c);
            a2 = Avx512F.FusedMultiplyAdd(a2, m, c);
            a3 = Avx512F.FusedMultiplyAdd(a3, m, c);
            a4 = Avx512F.FusedMultiplyAdd(a4, m, c);
            a5 = Avx512F.FusedMultiplyAdd(a5, m, c);
            a6 = Avx512F.FusedMultiplyAdd(a6, m, c);
            a7 = Avx512F.FusedMultiplyAdd(a7, m, c);
            a8 = Avx512F.FusedMultiplyAdd(a8, m, c);
            a9 = Avx512F.FusedMultiplyAdd(a9, m, c);
            a10 = Avx512F.FusedMultiplyAdd(a10, m, c);
            a11 = Avx512F.FusedMultiplyAdd(a11, m, c);
        }

        return Sum(((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7)) + ((a8 + a9) + (a10 + a11)));
    }

    private static float Sum(Vector256<float> vector) => Vector256.Sum(vector);

    private static float Sum(Vector512<float> vector) => Vector512.Sum(vector);
}
