using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime;

/// <summary>
/// Vectorised exp, tanh and sigmoid over 256-bit vectors (8 floats or 4 doubles), used by generated code to apply an
/// activation to several neurons at once. Written for accuracy first, then speed:
/// <list type="bullet">
/// <item>exp: Cody-Waite reduction x = n ln2 + r with |r| &lt;= ln2/2 (n rounded by the add-a-magic-number trick), a
/// Taylor polynomial of degree 7 (float, by Estrin's scheme) or 13 (double, by Horner) for e^r with fused multiply-adds
/// where the hardware has them, then scaling by 2^n through the exponent bits. Inputs are clamped to the finite range.</item>
/// <item>tanh(x) = sign(x) (e - 1) / (e + 1) with e = e^(2|x|) (float), sign(x) (1 - 2 / (e + 1)) (double);
/// sigmoid(x) = 1 / (1 + e^-x) (double; float with x clamped to [-87, 87]). The float forms reduce with ln2 rounded
/// once (the error it leaves is damped by tanh' and sigmoid') and form e -+ 1 with multiply-adds of e^r and 2^n, for a
/// shorter dependency chain.</item>
/// </list>
/// Measured maximum errors against Math.Exp/Tanh (VectorMathTests): float exp 2 ulp relative, tanh and sigmoid
/// 2.4e-7 absolute; double exp 2 ulp relative, tanh and sigmoid 3e-16 absolute.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class VectorMath
{
    // ln 2 split so that n * Ln2Hi is exact for the n that occur: the low bits of Ln2Hi are zero.
    private const float Ln2HiF = 0.693359375f;
    private const float Ln2LoF = -2.12194440e-4f;

    // ln 2 rounded to float once (0.693147182..., 1.9e-9 above ln 2), for reductions whose error tanh and sigmoid damp.
    private const float Ln2F = 0.693147182f;
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Log2E = 1.4426950408889634;

    // Adding 1.5 * 2^23 (2^52 for double) to |v| < 2^22 rounds v to the nearest integer n, which then sits in the low
    // mantissa bits of the sum: one add instead of a floor and a conversion.
    private const float RoundingMagicF = 12582912f;
    private const double RoundingMagic = 6755399441055744.0;

    /// <summary>e^x for 8 floats; inputs are clamped to [-87, 88.3], so the result is always a normal finite float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Exp(Vector256<float> x)
    {
        x = Vector256.Min(Vector256.Max(x, Vector256.Create(-87f)), Vector256.Create(88.3f));
        return ExpInRange(x, NeuronVector.MulAdd(x, Vector256.Create((float)Log2E), Vector256.Create(RoundingMagicF)));
    }

    /// <summary>e^x for x in [-87, 88.3], given shifted = x log2(e) + 1.5 * 2^23 (which rounds n = x log2(e)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> ExpInRange(Vector256<float> x, Vector256<float> shifted)
    {
        Vector256<float> n = shifted - Vector256.Create(RoundingMagicF);
        Vector256<float> r = NeuronVector.MulAdd(n, Vector256.Create(-Ln2LoF), NeuronVector.MulAdd(n, Vector256.Create(-Ln2HiF), x));
        return ExpOfReduced(r) * PowerOfTwo(shifted);
    }

    /// <summary>
    /// e^r for |r| &lt;= ln2/2 (a little more is fine) as sum_k r^k / k!, k = 0..7, by Estrin: pairs (c_2i + c_2i+1 r)
    /// combined by r^2, then r^4. The dependency chain is 3 multiply-adds deep instead of Horner's 7, which matters when a
    /// training step waits on it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> ExpOfReduced(Vector256<float> r)
    {
        Vector256<float> r2 = r * r;
        Vector256<float> r4 = r2 * r2;
        Vector256<float> p01 = Vector256<float>.One + r;
        Vector256<float> p23 = NeuronVector.MulAdd(Vector256.Create(1f / 6f), r, Vector256.Create(0.5f));
        Vector256<float> p45 = NeuronVector.MulAdd(Vector256.Create(1f / 120f), r, Vector256.Create(1f / 24f));
        Vector256<float> p67 = NeuronVector.MulAdd(Vector256.Create(1f / 5040f), r, Vector256.Create(1f / 720f));
        return NeuronVector.MulAdd(NeuronVector.MulAdd(p67, r2, p45), r4, NeuronVector.MulAdd(p23, r2, p01));
    }

    /// <summary>
    /// 2^n for shifted = n + 1.5 * 2^23, n in [-126, 127] (the normal range): n + 127 in the exponent field. The low bits
    /// of shifted hold n plus the magic's mantissa, whose bits the shift by 23 discards. Off the dependency chain of e^r.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> PowerOfTwo(Vector256<float> shifted) =>
        Vector256.ShiftLeft(shifted.AsInt32() + Vector256.Create(127), 23).AsSingle();

    /// <summary>e^x for 4 doubles; inputs are clamped to [-708, 709].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Exp(Vector256<double> x)
    {
        x = Vector256.Min(Vector256.Max(x, Vector256.Create(-708.0)), Vector256.Create(709.0));
        Vector256<double> shifted = NeuronVector.MulAdd(x, Vector256.Create(Log2E), Vector256.Create(RoundingMagic));
        Vector256<double> n = shifted - Vector256.Create(RoundingMagic);
        Vector256<double> r = NeuronVector.MulAdd(n, Vector256.Create(-Ln2Lo), NeuronVector.MulAdd(n, Vector256.Create(-Ln2Hi), x));

        // e^r = sum_k r^k / k!, k = 0..13: the first omitted term is below 1e-17 for |r| <= ln2 / 2. Horner: Estrin's
        // shorter chain rounds worse here (tanh 3.1e-16 against the documented 3e-16).
        Vector256<double> p = Vector256.Create(1.0 / 6227020800.0);
        p = NeuronVector.MulAdd(p, r, Vector256.Create(1.0 / 479001600.0));
        p = NeuronVector.MulAdd(p, r, Vector256.Create(1.0 / 39916800.0));
        p = NeuronVector.MulAdd(p, r, Vector256.Create(1.0 / 3628800.0));
        p = NeuronVector.MulAdd(p, r, Vector256.Create(1.0 / 362880.0));
        p = NeuronVector.MulAdd(p, r, Vector256.Create(1.0 / 40320.0));
        p = NeuronVector.MulAdd(p, r, Vector256.Create(1.0 / 5040.0));
        p = NeuronVector.MulAdd(p, r, Vector256.Create(1.0 / 720.0));
        p = NeuronVector.MulAdd(p, r, Vector256.Create(1.0 / 120.0));
        p = NeuronVector.MulAdd(p, r, Vector256.Create(1.0 / 24.0));
        p = NeuronVector.MulAdd(p, r, Vector256.Create(1.0 / 6.0));
        p = NeuronVector.MulAdd(p, r, Vector256.Create(0.5));
        p = NeuronVector.MulAdd(p, r, Vector256<double>.One);
        p = NeuronVector.MulAdd(p, r, Vector256<double>.One);

        Vector256<long> exponent = Vector256.ShiftLeft(shifted.AsInt64() + Vector256.Create(1022L), 52);
        return p * exponent.AsDouble() * Vector256.Create(2.0);
    }

    /// <summary>tanh x for 8 floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Tanh(Vector256<float> x)
    {
        Vector256<float> sign = x & Vector256.Create(-0f);

        // e = e^(2|x|) = 2^n e^r. From |x| = 9.02 on tanh rounds to 1 in float, so clamping |x| at 44 keeps 2|x| in Exp's
        // range without its two-sided clamp, and the doubling folds into the multiply-add that rounds n (2 log2(e) is
        // exact in float).
        Vector256<float> a = Vector256.Min(Vector256.Abs(x), Vector256.Create(44f));
        Vector256<float> shifted = NeuronVector.MulAdd(a, Vector256.Create((float)(2 * Log2E)), Vector256.Create(RoundingMagicF));
        Vector256<float> n = shifted - Vector256.Create(RoundingMagicF);

        // r = 2|x| - n ln2 with ln2 rounded to float once: its error, under 2e-9 n, moves e by that relative amount and
        // tanh by (1 - tanh^2) / 2 times it, at most 3e-9 for every n; one multiply-add shorter than Exp's two-part ln2.
        Vector256<float> r = NeuronVector.MulAdd(n, Vector256.Create(-Ln2F), a + a);
        Vector256<float> expR = ExpOfReduced(r);
        Vector256<float> scale = PowerOfTwo(shifted);

        // (e - 1) / (e + 1) with e - 1 and e + 1 each one multiply-add from e^r and 2^n: no rounded e on the chain, and
        // e - 1 is exact for e near 1.
        Vector256<float> magnitude = NeuronVector.MulAdd(expR, scale, -Vector256<float>.One) / NeuronVector.MulAdd(expR, scale, Vector256<float>.One);
        return magnitude | sign;
    }

    /// <summary>tanh x for 4 doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Tanh(Vector256<double> x)
    {
        Vector256<double> sign = x & Vector256.Create(-0.0);
        Vector256<double> e = Exp(Vector256.Abs(x) * Vector256.Create(2.0));
        Vector256<double> magnitude = Vector256<double>.One - (Vector256.Create(2.0) / (e + Vector256<double>.One));
        return magnitude | sign;
    }

    /// <summary>1 / (1 + e^-x) for 8 floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Sigmoid(Vector256<float> x)
    {
        // e = e^-x = 2^n e^r with x clamped to [-87, 87], so that 2^n stays normal (|n| <= 126) and 1 + e finite; sigmoid
        // is 1 in float from x = 17 on, and at x = -87 it is 1.6e-38, so the clamp moves it by less than that. Then
        // sigmoid(x) = 1 / (1 + e): the relative error of e (a few ulp) reaches it damped by e / (1 + e) <= 1.
        Vector256<float> c = Vector256.Min(Vector256.Max(x, Vector256.Create(-87f)), Vector256.Create(87f));
        Vector256<float> shifted = NeuronVector.MulAdd(c, Vector256.Create(-(float)Log2E), Vector256.Create(RoundingMagicF));
        Vector256<float> n = shifted - Vector256.Create(RoundingMagicF);

        // r = -x - n ln2 with ln2 rounded to float once (as in Tanh): it moves e by under 2e-9 |n| relative and
        // sigmoid by e / (1 + e)^2 times that, at most 1e-9.
        Vector256<float> r = NeuronVector.MulAdd(n, Vector256.Create(-Ln2F), -c);
        return Vector256<float>.One / NeuronVector.MulAdd(ExpOfReduced(r), PowerOfTwo(shifted), Vector256<float>.One);
    }

    /// <summary>1 / (1 + e^-x) for 4 doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Sigmoid(Vector256<double> x) =>
        Vector256<double>.One / (Vector256<double>.One + Exp(-x));
}
