using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime;

/// <summary>
/// The softmax cross-entropy loss of generated code, Loss = -log softmax(z)[c] = log sum_k e^(z_k - m) + m - z_c with
/// m = max_k z_k (subtracting m keeps every e^ at most 1), and its derivative dLoss/dz = softmax(z) - onehot(c), over
/// 256-bit vectors of the logits with <see cref="VectorMath"/>'s exp (2 ulp). A last partial vector is read from the end
/// of the span, overlapping the one before it, with the lanes already counted masked out of the sum. With fewer
/// logits than a vector's lanes, or without Vector256 hardware, it is the scalar formula with Math.Exp. Not meant to be
/// called by users.
/// </summary>
/// <remarks>
/// Non-finite logits end as in the scalar formula: a NaN makes the loss and every delta NaN, +infinity makes the loss
/// non-finite, so that the generated TrainStep's finiteness check rejects a diverged network; -infinity is a class of
/// probability about 0 (e^(z - m) is clamped at e^-87 in float, e^-708 in double, where the scalar formula gives 0).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SoftmaxKernels
{
    /// <summary>-log softmax(z)[label].</summary>
    /// <param name="z">The logits, at least one.</param>
    /// <param name="label">The class c, in [0, z.Length); not checked.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static T Loss<T>(ReadOnlySpan<T> z, int label)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Compute(z, label, Span<T>.Empty, derivative: false);

    /// <summary>-log softmax(z)[label], and softmax(z) - onehot(label) into <paramref name="delta"/>.</summary>
    /// <param name="z">The logits, at least one.</param>
    /// <param name="label">The class c, in [0, z.Length); not checked.</param>
    /// <param name="delta">Receives dLoss/dz, of the length of <paramref name="z"/>; may not overlap it.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
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

        // The logits as a first vector, whole middle ones, and a last one at n - lanes that overlaps those before it
        // when n is not a multiple of lanes (it is the first when n == lanes). The first and last stay in registers:
        // for up to two vectors of classes nothing goes through memory but the final delta.
        int tail = n - lanes;
        Vector256<T> first = Gather(ref z0, 0);
        Vector256<T> last = Gather(ref z0, tail);

        // m = max_k z_k; overlaps do not change a max. nan holds the NaN logits and zero elsewhere: added into the sum,
        // it makes the loss and every delta NaN as the scalar formula does, whatever the vector max does with NaN.
        Vector256<T> max = Max(first, last);
        Vector256<T> nan = NaNs(first) + NaNs(last);
        int covered = lanes; // the logits before covered are in the first and middle vectors
        for (; covered < tail; covered += lanes)
        {
            Vector256<T> v = Gather(ref z0, covered);
            max = Max(max, v);
            nan += NaNs(v);
        }

        T m = MaxOfLanes(max);
        Vector256<T> shift = Vector256.Create(m);

        // s = sum_k e^(z_k - m), the last vector's lanes below covered (already summed) masked to zero.
        Vector256<T> firstExp = Exp(first - shift);
        Vector256<T> sum = nan + firstExp;
        for (int i = lanes; i < covered; i += lanes)
        {
            Vector256<T> e = Exp(Gather(ref z0, i) - shift);
            if (derivative)
            {
                Vector256.StoreUnsafe(e, ref d0, (nuint)i);
            }

            sum += e;
        }

        Vector256<T> lastExp = Vector256<T>.Zero;
        if (tail > 0)
        {
            lastExp = Exp(last - shift);
            sum += lastExp & TailMask<T>(covered - tail);
        }

        T s = Vector256.Sum(sum);
        if (!derivative)
        {
            return T.Log(s) + (m - z[label]);
        }

        // delta = e / s - onehot(c), written lane by lane: the kernels that read delta next load it one element at a
        // time, and with delta written by overlapping vector stores the 64-32-10 step was measurably slower (loads that
        // two pending stores would have to serve wait for them to reach the cache).
        Vector256<T> inverse = Vector256.Create(T.One / s);
        StoreLanes(firstExp * inverse, ref d0, 0);
        for (int i = lanes; i < covered; i += lanes)
        {
            StoreLanes(Vector256.LoadUnsafe(ref d0, (nuint)i) * inverse, ref Unsafe.Add(ref d0, i), 0);
        }

        if (tail > 0)
        {
            StoreLanes(lastExp * inverse, ref Unsafe.Add(ref d0, tail), covered - tail);
        }

        // The loss last: the backprop that follows waits on delta, not on the call to log.
        T loss = T.Log(s) + (m - z[label]);
        delta[label] -= T.One;
        return loss;
    }

    /// <summary>
    /// The larger of <paramref name="a"/> and <paramref name="b"/>, or <paramref name="b"/> when either is NaN: one maxss
    /// on x86, where float.Max's IEEE 754 rules (NaN and -0 before +0) take a vrangess and two vfixupimmss. The unrolled
    /// softmax uses it for its shift m, which only has to keep every e^(z_k - m) at most 1: a NaN logit makes its e^ NaN,
    /// and so the sum and the loss, whatever m is.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Max(float a, float b) =>
        Sse.IsSupported ? Sse.MaxScalar(Vector128.CreateScalarUnsafe(a), Vector128.CreateScalarUnsafe(b)).ToScalar() : (a > b ? a : b);

    /// <summary>See <see cref="Max(float, float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Max(double a, double b) =>
        Sse2.IsSupported ? Sse2.MaxScalar(Vector128.CreateScalarUnsafe(a), Vector128.CreateScalarUnsafe(b)).ToScalar() : (a > b ? a : b);

    /// <summary>
    /// onehot(label)_k, 1 when <paramref name="label"/> == <paramref name="k"/> and 0 otherwise, without a branch: in a
    /// shuffled training set the label is a coin toss from one sample to the next, and a branch on it would be
    /// mispredicted about every other step. Both arguments are non-negative.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int OneHot(int label, int k) => (int)((uint)((label ^ k) - 1) >> 31);

    /// <summary><paramref name="z"/> when <paramref name="label"/> == <paramref name="k"/>, else +0, without a branch (see <see cref="OneHot"/>); exact for every z, NaN and infinities included.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Pick(float z, int label, int k) =>
        BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(z) & -OneHot(label, k));

    /// <summary>See <see cref="Pick(float, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Pick(double z, int label, int k) =>
        BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(z) & -(long)OneHot(label, k));

    /// <summary>The scalar formula, for fewer logits than a vector's lanes or no SIMD hardware.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        T loss = T.Log(s) + (m - z[label]);
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

    /// <summary>destination[i] = lane i of <paramref name="value"/> for i from <paramref name="first"/> on, as scalar stores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreLanes<T>(Vector256<T> value, ref T destination, int first)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
        {
            Vector256<float> f = value.AsSingle();
            ref float d = ref Unsafe.As<T, float>(ref destination);
            if (first <= 0) { d = f.GetElement(0); }
            if (first <= 1) { Unsafe.Add(ref d, 1) = f.GetElement(1); }
            if (first <= 2) { Unsafe.Add(ref d, 2) = f.GetElement(2); }
            if (first <= 3) { Unsafe.Add(ref d, 3) = f.GetElement(3); }
            if (first <= 4) { Unsafe.Add(ref d, 4) = f.GetElement(4); }
            if (first <= 5) { Unsafe.Add(ref d, 5) = f.GetElement(5); }
            if (first <= 6) { Unsafe.Add(ref d, 6) = f.GetElement(6); }
            Unsafe.Add(ref d, 7) = f.GetElement(7);
            return;
        }

        Vector256<double> v = value.AsDouble();
        ref double e = ref Unsafe.As<T, double>(ref destination);
        if (first <= 0) { e = v.GetElement(0); }
        if (first <= 1) { Unsafe.Add(ref e, 1) = v.GetElement(1); }
        if (first <= 2) { Unsafe.Add(ref e, 2) = v.GetElement(2); }
        Unsafe.Add(ref e, 3) = v.GetElement(3);
    }

    /// <summary>
    /// The vector at source[offset..], from scalar loads: z comes from the layer's kernel, which stores it in pieces
    /// (four sums at a time, then single ones), and a vector load spanning several pending stores cannot be forwarded
    /// from them: it would wait for them to reach the cache.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> Gather<T>(ref T source, int offset)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref T s = ref Unsafe.Add(ref source, offset);
        if (typeof(T) == typeof(float))
        {
            ref float f = ref Unsafe.As<T, float>(ref s);
            return Vector256.Create(f, Unsafe.Add(ref f, 1), Unsafe.Add(ref f, 2), Unsafe.Add(ref f, 3), Unsafe.Add(ref f, 4), Unsafe.Add(ref f, 5), Unsafe.Add(ref f, 6), Unsafe.Add(ref f, 7)).As<float, T>();
        }

        ref double d = ref Unsafe.As<T, double>(ref s);
        return Vector256.Create(d, Unsafe.Add(ref d, 1), Unsafe.Add(ref d, 2), Unsafe.Add(ref d, 3)).As<double, T>();
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

    /// <summary>
    /// The lane-wise larger of a and b with the hardware's max (the second operand where either is NaN): on .NET 10
    /// Vector256.Max is an IEEE max, three instructions (vrangeps, two vfixupimmps), and NaN is handled separately here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> Max<T>(Vector256<T> a, Vector256<T> b)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (Avx.IsSupported)
        {
            return typeof(T) == typeof(float)
                ? Avx.Max(a.AsSingle(), b.AsSingle()).As<float, T>()
                : Avx.Max(a.AsDouble(), b.AsDouble()).As<double, T>();
        }

        return Vector256.Max(a, b);
    }

    /// <summary>The largest lane (NaN lanes are accounted for by the caller).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T MaxOfLanes<T>(Vector256<T> v)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (Avx.IsSupported)
        {
            if (typeof(T) == typeof(float))
            {
                Vector128<float> f = Sse.Max(v.AsSingle().GetLower(), v.AsSingle().GetUpper());
                f = Sse.Max(f, Avx.Permute(f, 0b01_00_11_10));
                f = Sse.Max(f, Avx.Permute(f, 0b10_11_00_01));
                return f.As<float, T>().ToScalar();
            }

            Vector128<double> d = Sse2.Max(v.AsDouble().GetLower(), v.AsDouble().GetUpper());
            d = Sse2.Max(d, Avx.Permute(d, 0b01));
            return d.As<double, T>().ToScalar();
        }

        T m = v.GetElement(0);
        for (int i = 1; i < Vector256<T>.Count; i++)
        {
            m = T.Max(m, v.GetElement(i));
        }

        return m;
    }
}
