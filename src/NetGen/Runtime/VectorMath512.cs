using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime;

/// <summary>
/// <see cref="VectorMath"/> over 512-bit vectors (16 floats or 8 doubles), for the activations of large layers and of
/// lane blocks where AVX-512 is there: the same Cody-Waite reduction, polynomials and formulas, so the same documented
/// accuracy. Doubles are computed exactly as VectorMath does. Floats, the hot case of ForwardBatch, evaluate the
/// reduction and Horner steps with fused multiply-adds (one rounding each instead of two) and replace the division in
/// tanh and sigmoid by the 14-bit hardware reciprocal refined by one Newton step (relative error about 2^-28, below
/// float's 2^-24): a 512-bit divide takes as long as the whole rest of the function. VectorMathTests holds them to
/// the same bounds as VectorMath.
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

    // 1.5 * 2^52: adding it rounds a double to an integer in the low mantissa bits (VectorMath's trick).
    private const double RoundingMagic = 6755399441055744.0;

    /// <summary>e^x for 16 floats; inputs are clamped to [-87, 88.3], so the result is always a normal finite float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Exp(Vector512<float> x)
    {
        x = Vector512.Min(Vector512.Max(x, Vector512.Create(-87f)), Vector512.Create(88.3f));
        Vector512<float> n = Vector512.Floor(MultiplyAdd(x, Vector512.Create((float)Log2E), Vector512.Create(0.5f)));
        Vector512<float> r = MultiplyAdd(n, Vector512.Create(-Ln2LoF), MultiplyAdd(n, Vector512.Create(-Ln2HiF), x));

        // e^r = sum_k r^k / k!, k = 0..7, by Horner.
        Vector512<float> p = Vector512.Create(1f / 5040f);
        p = MultiplyAdd(p, r, Vector512.Create(1f / 720f));
        p = MultiplyAdd(p, r, Vector512.Create(1f / 120f));
        p = MultiplyAdd(p, r, Vector512.Create(1f / 24f));
        p = MultiplyAdd(p, r, Vector512.Create(1f / 6f));
        p = MultiplyAdd(p, r, Vector512.Create(0.5f));
        p = MultiplyAdd(p, r, Vector512<float>.One);
        p = MultiplyAdd(p, r, Vector512<float>.One);

        // 2^n: one vscalefps where there is AVX-512; else n + 127 in the exponent field. The clamp keeps n in
        // [-126, 127], the normal range, so both give the same exact power of two.
        if (Avx512F.IsSupported)
        {
            return Avx512F.Scale(p, n);
        }

        Vector512<int> exponent = Vector512.ShiftLeft(Vector512.ConvertToInt32(n) + Vector512.Create(127), 23);
        return p * exponent.AsSingle();
    }

    /// <summary>e^x for 8 doubles; inputs are clamped to [-708, 709]. Step for step VectorMath's double Exp, so bit for bit its result.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x)
    {
        x = Vector512.Min(Vector512.Max(x, Vector512.Create(-708.0)), Vector512.Create(709.0));
        Vector512<double> shifted = MultiplyAdd(x, Vector512.Create(Log2E), Vector512.Create(RoundingMagic));
        Vector512<double> n = shifted - Vector512.Create(RoundingMagic);
        Vector512<double> r = MultiplyAdd(n, Vector512.Create(-Ln2Lo), MultiplyAdd(n, Vector512.Create(-Ln2Hi), x));

        // e^r = sum_k r^k / k!, k = 0..13: the first omitted term is below 1e-17 for |r| <= ln2 / 2.
        Vector512<double> p = Vector512.Create(1.0 / 6227020800.0);
        p = MultiplyAdd(p, r, Vector512.Create(1.0 / 479001600.0));
        p = MultiplyAdd(p, r, Vector512.Create(1.0 / 39916800.0));
        p = MultiplyAdd(p, r, Vector512.Create(1.0 / 3628800.0));
        p = MultiplyAdd(p, r, Vector512.Create(1.0 / 362880.0));
        p = MultiplyAdd(p, r, Vector512.Create(1.0 / 40320.0));
        p = MultiplyAdd(p, r, Vector512.Create(1.0 / 5040.0));
        p = MultiplyAdd(p, r, Vector512.Create(1.0 / 720.0));
        p = MultiplyAdd(p, r, Vector512.Create(1.0 / 120.0));
        p = MultiplyAdd(p, r, Vector512.Create(1.0 / 24.0));
        p = MultiplyAdd(p, r, Vector512.Create(1.0 / 6.0));
        p = MultiplyAdd(p, r, Vector512.Create(0.5));
        p = MultiplyAdd(p, r, Vector512<double>.One);
        p = MultiplyAdd(p, r, Vector512<double>.One);

        Vector512<long> exponent = Vector512.ShiftLeft(shifted.AsInt64() + Vector512.Create(1022L), 52);
        return p * exponent.AsDouble() * Vector512.Create(2.0);
    }

    /// <summary>tanh x for 16 floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Tanh(Vector512<float> x)
    {
        Vector512<float> sign = x & Vector512.Create(-0f);
        Vector512<float> e = Exp(Vector512.Abs(x) * Vector512.Create(2f));
        Vector512<float> magnitude = MultiplyAdd(Vector512.Create(-2f), Reciprocal(e + Vector512<float>.One), Vector512<float>.One);
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
        Reciprocal(Vector512<float>.One + Exp(-x));

    /// <summary>1 / (1 + e^-x) for 8 doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Sigmoid(Vector512<double> x) =>
        Vector512<double>.One / (Vector512<double>.One + Exp(-x));

    /// <summary>a * b + c, fused where the CPU has AVX-512.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> MultiplyAdd(Vector512<float> a, Vector512<float> b, Vector512<float> c) =>
        Avx512F.IsSupported ? Avx512F.FusedMultiplyAdd(a, b, c) : (a * b) + c;

    /// <summary>a * b + c, fused on AVX-512 hardware (which always has the 256-bit FMA that VectorMath uses).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> MultiplyAdd(Vector512<double> a, Vector512<double> b, Vector512<double> c) =>
        Avx512F.IsSupported ? Avx512F.FusedMultiplyAdd(a, b, c) : (a * b) + c;

    /// <summary>
    /// 1 / d for d in [1, 2.2e38]: the 14-bit estimate r, then one Newton step r + r (1 - d r), which squares the
    /// relative error (to about 2^-28) before the final rounding.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Reciprocal(Vector512<float> d)
    {
        if (!Avx512F.IsSupported)
        {
            return Vector512<float>.One / d;
        }

        Vector512<float> r = Avx512F.Reciprocal14(d);
        return Avx512F.FusedMultiplyAdd(r, Avx512F.FusedMultiplyAddNegated(d, r, Vector512<float>.One), r);
    }
}
