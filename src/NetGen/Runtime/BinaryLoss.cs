using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime;

/// <summary>
/// Pieces of the binary losses (y in {+1, -1}, one output z) for generated code. The hinge loss propagates a NaN score
/// (the conditional margin &gt; 0 ? margin : 0 gave 0: a NaN network's TrainStep changed nothing and reported nothing).
/// The logistic loss's e^-|m| is computed once, inline, and its slope picked by a compare mask: a call of MathF.Exp
/// makes the JIT keep every live vector register in memory across it. The hinge's slope stays a conditional in the
/// generated code: the CPU predicts it, and the update then starts before z is known
/// (docs/benchmarks/raw/binary-loss-step). Not meant to be called by users.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BinaryLoss
{
    /// <summary>
    /// The hinge loss max(0, <paramref name="margin"/>) with margin = 1 - y z: +0 for a margin of either sign of zero or
    /// below, the margin above, NaN for a NaN margin (so that a diverged network fails the finiteness check; the
    /// conditional it replaces gave 0).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Hinge(float margin) => SoftmaxKernels.Max(0f, margin) + 0f;

    /// <summary>See <see cref="Hinge(float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Hinge(double margin) => SoftmaxKernels.Max(0.0, margin) + 0.0;

    /// <summary>
    /// e^-|<paramref name="m"/>|, in [0, 1]: <see cref="VectorMath"/>'s exp inline (2 ulp) where the hardware has 256-bit
    /// vectors, else MathF.Exp. 0 where e^-|m| is below the normal floats (|m| &gt; 87), and for a NaN m.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ExpOfMinusAbs(float m)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            float x = -MathF.Abs(m);
            return x >= -87f ? MathF.Exp(x) : 0f;
        }

        Vector256<float> v = -Vector256.Abs(Vector256.CreateScalar(m));
        return (VectorMath.Exp(v) & Vector256.GreaterThanOrEqual(v, Vector256.Create(-87f))).ToScalar();
    }

    /// <summary>See <see cref="ExpOfMinusAbs(float)"/>: 0 where |m| &gt; 708.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ExpOfMinusAbs(double m)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            double x = -Math.Abs(m);
            return x >= -708.0 ? Math.Exp(x) : 0.0;
        }

        Vector256<double> v = -Vector256.Abs(Vector256.CreateScalar(m));
        return (VectorMath.Exp(v) & Vector256.GreaterThanOrEqual(v, Vector256.Create(-708.0))).ToScalar();
    }

    /// <summary>
    /// dLoss/dz of the logistic loss log(1 + e^m), m = -y z: -y sigmoid(m), with sigmoid(m) = 1 / (1 + e) for m &gt;= 0
    /// and e / (1 + e) for m &lt; 0, given e = e^-|m| (<see cref="ExpOfMinusAbs(float)"/>); the numerator is picked by a
    /// compare mask. Neither form overflows, and e / (1 + e) keeps its relative accuracy where sigmoid(m) is tiny.
    /// </summary>
    /// <typeparam name="T">float or double.</typeparam>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T LogisticSlope<T>(T m, T e, T label)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T numerator = Vector128.IsHardwareAccelerated && Vector128<T>.IsSupported
            ? Vector128.ConditionalSelect(
                Vector128.GreaterThanOrEqual(Vector128.CreateScalarUnsafe(m), Vector128<T>.Zero),
                Vector128<T>.One,
                Vector128.CreateScalarUnsafe(e)).ToScalar()
            : m >= T.Zero ? T.One : e;
        return -label * (numerator / (T.One + e));
    }
}
