using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime;

/// <summary>
/// Vectorised exp, tanh and sigmoid over 256-bit vectors (8 floats or 4 doubles), used by generated code to apply an
/// activation to several neurons at once. Written for accuracy first, then speed:
/// <list type="bullet">
/// <item>exp: Cody-Waite reduction x = n ln2 + r with |r| &lt;= ln2/2 (n rounded by the add-a-magic-number trick), a
/// Taylor polynomial of degree 7 (float, by Estrin's scheme) or 13 (double, by Horner) for e^r with fused multiply-adds
/// where the hardware has them, then scaling by 2^n through the exponent bits. Inputs are clamped to the finite range.</item>
/// <item>float tanh(x) = x P(x^2) / Q(x^2) on x clamped to [-9, 9], P and Q of degree 4 (a rational function fitted
/// for NetGen, docs/math/tanh-rational.py); float sigmoid(x) = 1/2 + tanh(x / 2) / 2 by the same function. One quotient
/// of two short polynomials is a shorter dependency chain than exp's reduction, polynomial and scaling, and a training
/// step waits on that chain. Double tanh(x) = sign(x) (1 - 2 / (e + 1)) with e = e^(2|x|), sigmoid(x) = 1 / (1 + e^-x).</item>
/// </list>
/// Documented maximum errors against Math.Exp/Tanh, for these and for <see cref="VectorMath512"/>: float exp 2 ulp
/// relative, tanh 3.4e-7 and sigmoid 2.4e-7 absolute; double exp 2 ulp relative, tanh and sigmoid 3e-16 absolute.
/// Measured here over every float in [0, 9.5] and its double (VectorMathTests checks a sample and the saturation range
/// whole): float tanh 3.34e-7, sigmoid 1.97e-7, tanh within [-1, 1] and sigmoid within [0, 1]. These bounds hold with
/// fused multiply-adds; without them (x86 before AVX2, where every multiply-add rounds twice) the same check measured
/// float tanh 3.45e-7 and sigmoid 2.02e-7, documented there as 3.5e-7 and 2.4e-7.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class VectorMath
{
    // ln 2 split so that n * Ln2Hi is exact for the n that occur: the low bits of Ln2Hi are zero.
    private const float Ln2HiF = 0.693359375f;
    private const float Ln2LoF = -2.12194440e-4f;

    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Log2E = 1.4426950408889634;

    // Adding 1.5 * 2^23 (2^52 for double) to |v| < 2^22 rounds v to the nearest integer n, which then sits in the low
    // mantissa bits of the sum: one add instead of a floor and a conversion.
    private const float RoundingMagicF = 12582912f;
    private const double RoundingMagic = 6755399441055744.0;

    // tanh x ~ x P(x^2) / Q(x^2) on [-9, 9], P and Q of degree 4 with P(0) = Q(0) = 1 (so tanh x = x for tiny x). Fitted
    // for NetGen (docs/math/tanh-rational.py: least squares linearised in Q, reweighted towards the smallest maximum
    // error): maximum absolute error 2.0e-8 on [0, 9] in exact arithmetic, 3.1e-8 past the clamp.
    private const float TanhClamp = 9f;
    private const float TanhP1 = 0.133802861f;
    private const float TanhP2 = 0.00349471997f;
    private const float TanhP3 = 2.05954184e-5f;
    private const float TanhP4 = 1.33370861e-8f;
    private const float TanhQ1 = 0.467136025f;
    private const float TanhQ2 = 0.025873648f;
    private const float TanhQ3 = 0.000328424037f;
    private const float TanhQ4 = 7.76907029e-7f;

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

    /// <summary>
    /// tanh x for 8 floats: x clamped to [-9, 9] (from |x| = 9.02 on, float tanh is 1), then the rational function
    /// x P(x^2) / Q(x^2) of <see cref="OddRational"/> with the Tanh coefficients. Odd exactly (P and Q see only x^2), -0
    /// stays -0, NaN stays NaN, +-infinity gives the value at +-9.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Tanh(Vector256<float> x)
    {
        return OddRational(x, TanhClamp, 1f, TanhP1, TanhP2, TanhP3, TanhP4, 1f, TanhQ1, TanhQ2, TanhQ3, TanhQ4);
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

    /// <summary>
    /// 1 / (1 + e^-x) for 8 floats, as 1/2 + tanh(x / 2) / 2: x clamped to [-18, 18], then the rational function of
    /// <see cref="Tanh(Vector256{float})"/> with its coefficients rescaled for x / 2, p_j / 4^j and 4 q_j / 4^j (the 4
    /// halves the quotient a second time), which gives tanh(x / 2) / 2; then 1/2 plus that. The scales are powers of two,
    /// so every rounding is the one tanh makes at x / 2, scaled: the quotient is exactly half of tanh's, within
    /// [-1/2, 1/2], and the result stays in [0, 1].
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Sigmoid(Vector256<float> x)
    {
        Vector256<float> half = OddRational(
            x, 2 * TanhClamp, 0.5f, TanhP1 / 4, TanhP2 / 16, TanhP3 / 64, TanhP4 / 256, 4f, TanhQ1, TanhQ2 / 4, TanhQ3 / 16, TanhQ4 / 64);
        return half + Vector256.Create(0.5f);
    }

    /// <summary>
    /// c P(t) / Q(t), c = x clamped to [-clamp, clamp], t = c^2, with P = 1 + p1 t + ... + p4 t^4 and Q = q0 + q1 t + ... +
    /// q4 t^4, clamped to [-bound, bound]; NaN for a NaN x. Numerator and denominator are each (low pair) + t^2 (high part
    /// by Horner), c folded into the numerator's terms: the chain is clamp, t, t^2 c, one multiply-add, the quotient and
    /// the final clamp (shorter than the exp form's, as LatencyFloor measures: docs/performance.md), and only two roundings happen
    /// at the full size of each. Still, each carries a few ulp, so the quotient can land an ulp or two past +-1 near
    /// saturation: the final clamp keeps tanh within [-1, 1] (and sigmoid's half within [-1/2, 1/2]).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> OddRational(
        Vector256<float> x, float clamp, float bound, float p1, float p2, float p3, float p4, float q0, float q1, float q2, float q3, float q4)
    {
        Vector256<float> c = Clamp(x, clamp);
        Vector256<float> t = c * c;
        Vector256<float> t2 = t * t;
        Vector256<float> ct = c * t;
        Vector256<float> ct2 = ct * t;
        Vector256<float> cp01 = NeuronVector.MulAdd(ct, Vector256.Create(p1), c);
        Vector256<float> p24 = NeuronVector.MulAdd(NeuronVector.MulAdd(Vector256.Create(p4), t, Vector256.Create(p3)), t, Vector256.Create(p2));
        Vector256<float> q01 = NeuronVector.MulAdd(Vector256.Create(q1), t, Vector256.Create(q0));
        Vector256<float> q24 = NeuronVector.MulAdd(NeuronVector.MulAdd(Vector256.Create(q4), t, Vector256.Create(q3)), t, Vector256.Create(q2));
        Vector256<float> r = NeuronVector.MulAdd(ct2, p24, cp01) / NeuronVector.MulAdd(t2, q24, q01);
        r = Clamp(r, bound);
        if (Avx512DQ.VL.IsSupported)
        {
            // vrangeps gave a NaN x the clamp's value: all bits set (a NaN) in those lanes, off the chain until this or.
            r |= Avx.CompareUnordered(x, x);
        }

        return r;
    }

    /// <summary>
    /// v clamped to [-bound, bound], -0 staying -0. With AVX-512DQ one vrangeps (imm 0b0010: the operand of smaller
    /// magnitude, with v's sign) instead of a max then a min: the same values for every non-NaN v, one instruction less on
    /// the activation's chain, which a training step waits on twice per activation (before and after the quotient). A NaN
    /// v gives +-bound there (vrangeps does not pass NaN through), so <see cref="OddRational"/> puts NaN back; the max and
    /// min of the other path keep it (Vector256.Max and Min return a NaN operand).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Clamp(Vector256<float> v, float bound) =>
        Avx512DQ.VL.IsSupported
            ? Avx512DQ.VL.Range(v, Vector256.Create(bound), 0b0010)
            : Vector256.Min(Vector256.Max(v, Vector256.Create(-bound)), Vector256.Create(bound));

    /// <summary>1 / (1 + e^-x) for 4 doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Sigmoid(Vector256<double> x) =>
        Vector256<double>.One / (Vector256<double>.One + Exp(-x));
}
