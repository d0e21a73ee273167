using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime;

/// <summary>
/// The softmax cross-entropy loss of generated code, Loss = -log softmax(z)[c] = log sum_k e^(z_k - m) + m - z_c with
/// m = max_k z_k (subtracting m keeps every e^ at most 1), and its derivative dLoss/dz = softmax(z) - onehot(c), over
/// 256-bit vectors of the logits with <see cref="VectorMath"/>'s exp (2 ulp). A last partial vector is read from the end
/// of the span, overlapping the one before it, with the lanes already counted masked out of the sum. Without SIMD
/// hardware it is the scalar formula with Math.Exp. Not meant to be called by users.
/// </summary>
/// <remarks>
/// Non-finite logits end as in the scalar formula: a NaN makes the loss and every delta NaN, +infinity makes the loss
/// non-finite, so that the generated TrainStep's finiteness check rejects a diverged network; -infinity is a class of
/// probability 0 (e^(z - m) is clamped at e^-87 in float, e^-708 in double, instead of 0).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SoftmaxCrossEntropy
{
    /// <summary>-log softmax(z)[label].</summary>
    /// <param name="z">The logits, at least one.</param>
    /// <param name="label">The class c, in [0, z.Length); not checked.</param>
    public static T Loss<T>(ReadOnlySpan<T> z, int label)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Compute(z, label, Span<T>.Empty, derivative: false);

    /// <summary>-log softmax(z)[label], and softmax(z) - onehot(label) into <paramref name="delta"/>.</summary>
    /// <param name="z">The logits, at least one.</param>
    /// <param name="label">The class c, in [0, z.Length); not checked.</param>
    /// <param name="delta">Receives dLoss/dz, of the length of <paramref name="z"/>; may not overlap it.</param>
    public static T LossAndDelta<T>(ReadOnlySpan<T> z, int label, Span<T> delta)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (delta.Length != z.Length)
        {
            throw new ArgumentException("delta must have the length of z.", nameof(delta));
        }

        return Compute(z, label, delta, derivative: true);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Compute<T>(ReadOnlySpan<T> z, int label, Span<T> delta, bool derivative)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = z.Length;
        if (!Vector256.IsHardwareAccelerated || !Vector256<T>.IsSupported || n < Vector256<T>.Count)
        {
            return Scalar(z, label, delta, derivative);
        }

        int lanes = Vector256<T>.Count;
        ref T z0 = ref MemoryMarshal.GetReference(z);
        ref T d0 = ref MemoryMarshal.GetReference(delta);
        int whole = n - (n % lanes);
        int tail = n - lanes; // the last vector, overlapping the whole ones when n is not a multiple of lanes

        // m = max_k z_k; the overlap does not change a max. nan holds the NaN logits and zero elsewhere: added into the
        // sum, it makes the loss and every delta NaN as the scalar formula does, whatever the vector max does with NaN.
        Vector256<T> max = Vector256.LoadUnsafe(ref z0);
        Vector256<T> nan = NaNs(max);
        for (int i = lanes; i < whole; i += lanes)
        {
            Vector256<T> v = Vector256.LoadUnsafe(ref z0, (nuint)i);
            max = Vector256.Max(max, v);
            nan += NaNs(v);
        }

        Vector256<T> last = Vector256.LoadUnsafe(ref z0, (nuint)tail);
        max = Vector256.Max(max, last);
        nan += NaNs(last);
        T m = MaxOfLanes(max);
        Vector256<T> shift = Vector256.Create(m);

        // sum_k e^(z_k - m): whole vectors, then the tail with the lanes below whole (already summed) set to zero.
        Vector256<T> sum = nan;
        for (int i = 0; i < whole; i += lanes)
        {
            Vector256<T> e = Exp(Vector256.LoadUnsafe(ref z0, (nuint)i) - shift);
            if (derivative)
            {
                Vector256.StoreUnsafe(e, ref d0, (nuint)i);
            }

            sum += e;
        }

        Vector256<T> lastExp = Exp(last - shift);
        if (whole < n)
        {
            sum += lastExp & TailMask<T>(whole - tail);
        }

        T s = Vector256.Sum(sum);
        T loss = T.Log(s) + m - z[label];
        if (!derivative)
        {
            return loss;
        }

        // delta = e / s - onehot(c). The tail vector is stored last: its overlapping lanes hold the same e / s.
        Vector256<T> inverse = Vector256.Create(T.One / s);
        for (int i = 0; i < whole; i += lanes)
        {
            Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref d0, (nuint)i) * inverse, ref d0, (nuint)i);
        }

        if (whole < n)
        {
            Vector256.StoreUnsafe(lastExp * inverse, ref d0, (nuint)tail);
        }

        delta[label] -= T.One;
        return loss;
    }

    /// <summary>The scalar formula, for fewer logits than a vector's lanes or no SIMD hardware.</summary>
    private static T Scalar<T>(ReadOnlySpan<T> z, int label, Span<T> delta, bool derivative)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T m = z[0];
        for (int k = 1; k < z.Length; k++)
        {
            m = T.Max(m, z[k]);
        }

        T s = T.Zero;
        for (int k = 0; k < z.Length; k++)
        {
            T e = T.Exp(z[k] - m);
            if (derivative)
            {
                delta[k] = e;
            }

            s += e;
        }

        T loss = T.Log(s) + m - z[label];
        if (derivative)
        {
            T inverse = T.One / s;
            for (int k = 0; k < delta.Length; k++)
            {
                delta[k] *= inverse;
            }

            delta[label] -= T.One;
        }

        return loss;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> Exp<T>(Vector256<T> x)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
        {
            return VectorMath.Exp(x.AsSingle()).As<float, T>();
        }

        return VectorMath.Exp(x.AsDouble()).As<double, T>();
    }

    /// <summary>The NaN lanes of <paramref name="v"/>, zero elsewhere.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> NaNs<T>(Vector256<T> v)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Vector256.AndNot(v, Vector256.Equals(v, v));

    /// <summary>All bits set in the lanes from <paramref name="skip"/> on, zero below.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> TailMask<T>(int skip)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
        {
            return Vector256.GreaterThanOrEqual(Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7), Vector256.Create(skip)).As<int, T>();
        }

        return Vector256.GreaterThanOrEqual(Vector256.Create(0L, 1L, 2L, 3L), Vector256.Create((long)skip)).As<long, T>();
    }

    /// <summary>The largest lane; NaN when a lane is NaN on runtimes whose vector max propagates it (the loss is NaN either way).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T MaxOfLanes<T>(Vector256<T> v)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Vector128<T> half = Vector128.Max(v.GetLower(), v.GetUpper());
        if (typeof(T) == typeof(float))
        {
            Vector128<float> f = half.AsSingle();
            f = Vector128.Max(f, Vector128.Shuffle(f, Vector128.Create(2, 3, 0, 1)));
            f = Vector128.Max(f, Vector128.Shuffle(f, Vector128.Create(1, 0, 3, 2)));
            return f.As<float, T>().ToScalar();
        }

        Vector128<double> d = half.AsDouble();
        return T.Max(d.As<double, T>().GetElement(0), d.As<double, T>().GetElement(1));
    }
}
