using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime;

/// <summary>
/// <see cref="VectorMath"/> over 512-bit vectors (16 floats or 8 doubles): the same Cody-Waite reduction, the same
/// polynomials and the same formulas for tanh and sigmoid, so the same accuracy, at twice the width, for the
/// activations of large layers and of lane blocks where AVX-512 is there.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class VectorMath512
{
    // ln 2 split so that n * Ln2Hi is exact for the n that occur: the low bits of Ln2Hi are zero.
    private const float Ln2HiF = 0.693359375f;
    private const float Ln2LoF = -2.12194440e-4f;
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Log2E = 1.4426950408889634;

    /// <summary>e^x for 16 floats; inputs are clamped to [-87, 88.3], so the result is always a normal finite float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Exp(Vector512<float> x)
    {
        x = Vector512.Min(Vector512.Max(x, Vector512.Create(-87f)), Vector512.Create(88.3f));
        Vector512<float> n = Vector512.Floor((x * Vector512.Create((float)Log2E)) + Vector512.Create(0.5f));
        Vector512<float> r = (x - (n * Vector512.Create(Ln2HiF))) - (n * Vector512.Create(Ln2LoF));

        // e^r = sum_k r^k / k!, k = 0..7, by Horner.
        Vector512<float> p = Vector512.Create(1f / 5040f);
        p = (p * r) + Vector512.Create(1f / 720f);
        p = (p * r) + Vector512.Create(1f / 120f);
        p = (p * r) + Vector512.Create(1f / 24f);
        p = (p * r) + Vector512.Create(1f / 6f);
        p = (p * r) + Vector512.Create(0.5f);
        p = (p * r) + Vector512<float>.One;
        p = (p * r) + Vector512<float>.One;

        // 2^n: n + 127 in the exponent field; the clamp keeps n in [-126, 127], the normal range.
        Vector512<int> exponent = Vector512.ShiftLeft(Vector512.ConvertToInt32(n) + Vector512.Create(127), 23);
        return p * exponent.AsSingle();
    }

    /// <summary>e^x for 8 doubles; inputs are clamped to [-708, 709].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x)
    {
        x = Vector512.Min(Vector512.Max(x, Vector512.Create(-708.0)), Vector512.Create(709.0));
        Vector512<double> n = Vector512.Floor((x * Vector512.Create(Log2E)) + Vector512.Create(0.5));
        Vector512<double> r = (x - (n * Vector512.Create(Ln2Hi))) - (n * Vector512.Create(Ln2Lo));

        // e^r = sum_k r^k / k!, k = 0..13: the first omitted term is below 1e-17 for |r| <= ln2 / 2.
        Vector512<double> p = Vector512.Create(1.0 / 6227020800.0);
        p = (p * r) + Vector512.Create(1.0 / 479001600.0);
        p = (p * r) + Vector512.Create(1.0 / 39916800.0);
        p = (p * r) + Vector512.Create(1.0 / 3628800.0);
        p = (p * r) + Vector512.Create(1.0 / 362880.0);
        p = (p * r) + Vector512.Create(1.0 / 40320.0);
        p = (p * r) + Vector512.Create(1.0 / 5040.0);
        p = (p * r) + Vector512.Create(1.0 / 720.0);
        p = (p * r) + Vector512.Create(1.0 / 120.0);
        p = (p * r) + Vector512.Create(1.0 / 24.0);
        p = (p * r) + Vector512.Create(1.0 / 6.0);
        p = (p * r) + Vector512.Create(0.5);
        p = (p * r) + Vector512<double>.One;
        p = (p * r) + Vector512<double>.One;

        Vector512<long> exponent = Vector512.ShiftLeft(Vector512.ConvertToInt64(n) + Vector512.Create(1022L), 52);
        return p * exponent.AsDouble() * Vector512.Create(2.0);
    }

    /// <summary>tanh x for 16 floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Tanh(Vector512<float> x)
    {
        Vector512<float> sign = x & Vector512.Create(-0f);
        Vector512<float> e = Exp(Vector512.Abs(x) * Vector512.Create(2f));
        Vector512<float> magnitude = Vector512<float>.One - (Vector512.Create(2f) / (e + Vector512<float>.One));
        return magnitude | sign;
    }

    /// <summary>tanh x for 8 doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Tanh(Vector512<double> x)
    {
        Vector512<double> sign = x & Vector512.Create(-0.0);
        Vector512<double> e = Exp(Vector512.Abs(x) * Vector512.Create(2.0));
        Vector512<double> magnitude = Vector512<double>.One - (Vector512.Create(2.0) / (e + Vector512<double>.One));
        return magnitude | sign;
    }

    /// <summary>1 / (1 + e^-x) for 16 floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Sigmoid(Vector512<float> x) =>
        Vector512<float>.One / (Vector512<float>.One + Exp(-x));

    /// <summary>1 / (1 + e^-x) for 8 doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Sigmoid(Vector512<double> x) =>
        Vector512<double>.One / (Vector512<double>.One + Exp(-x));
}
