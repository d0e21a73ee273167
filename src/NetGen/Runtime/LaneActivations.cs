using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime;

/// <summary>
/// Activations of ForwardBatch's lane buffers. Float tanh on AVX-512, the hot case, has its own shorter evaluation
/// (below); everything else is <see cref="DenseKernels.Activate{T}"/>. Not meant to be called by users.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LaneActivations
{
    // e^(2a) = 2^(n / 16) e^(2s) with n = round(a 32 log2(e)) and s = a - n ln2 / 32, |s| <= ln2 / 64.
    private const float ThirtyTwoLog2E = 46.16624130844683f;

    // ln2 / 32 split so that n * Ln2Over32Hi is exact for n <= 420: Ln2Over32Hi has 9 significant bits.
    private const float Ln2Over32Hi = 0.693359375f / 32;
    private const float Ln2Over32Lo = -2.12194440e-4f / 32;

    // Adding 1.5 * 2^23 rounds to an integer, which then sits in the low mantissa bits.
    private const float RoundingMagic = 12582912f;

    // From |x| = 9.1 on, 1 - tanh |x| < 2^-25 and float tanh is 1; the clamp keeps n <= 420.
    private const float Saturation = 9.1f;

    /// <summary>
    /// h = g(z) over lane buffers. For floats with AVX-512, tanh runs four vectors at a time, interleaved step by step:
    /// one tanh is a chain of about 16 dependent operations (some 60 cycles), so the FMA units are only kept busy by
    /// several chains in flight, more than the scheduler finds when the chains come one after another.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Activate<T>(Activation activation, ReadOnlySpan<T> z, Span<T> h)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (h.Length < z.Length)
        {
            throw new ArgumentException("h is shorter than z.");
        }

        int done = 0;
        if (activation == Activation.Tanh && typeof(T) == typeof(float) && Avx512F.IsSupported)
        {
            done = Tanh(MemoryMarshal.Cast<T, float>(z), MemoryMarshal.Cast<T, float>(h));
        }

        if (done < z.Length)
        {
            DenseKernels.Activate(activation, z[done..], h[done..]);
        }
    }

    /// <summary>tanh over the first whole vectors of 16 floats of <paramref name="z"/>; returns how many floats it did.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Tanh(ReadOnlySpan<float> z, Span<float> h)
    {
        ref float zRef = ref MemoryMarshal.GetReference(z);
        ref float hRef = ref MemoryMarshal.GetReference(h);
        int i = 0;
        for (; i + 64 <= z.Length; i += 64)
        {
            Tanh4(ref zRef, ref hRef, (nuint)i, (nuint)i + 16, (nuint)i + 32, (nuint)i + 48);
        }

        // A last vector or three: the same code with every part on the same vector.
        for (; i + 16 <= z.Length; i += 16)
        {
            Tanh4(ref zRef, ref hRef, (nuint)i, (nuint)i, (nuint)i, (nuint)i);
        }

        return i;
    }

    /// <summary>
    /// h = tanh z for the four vectors of 16 floats at the offsets <paramref name="i0"/>..<paramref name="i3"/>, step
    /// by step, all four loaded before any is stored. tanh x = sign(x) (1 - 2 / (e + 1)), e = e^(2a), a = min(|x|, 9.1):
    /// e = 2^(n / 16) p(s), with 2^(j / 16) (j = n mod 16) from a 16-entry table in one register (a permute) and the
    /// power 2^(n div 16) added to its exponent bits; p(s) = e^(2s) to degree 3 (relative error 9e-9 for |s| &lt;= ln2 / 64).
    /// The reciprocal is the 14-bit estimate and one Newton step. Absolute error within 2.4e-7 (LaneKernelTests), below
    /// VectorMath's documented 3.4e-7; NaN stays NaN and +-infinity gives +-1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tanh4(ref float z, ref float h, nuint i0, nuint i1, nuint i2, nuint i3)
    {
        Vector512<float> x0 = Vector512.LoadUnsafe(ref z, i0), x1 = Vector512.LoadUnsafe(ref z, i1);
        Vector512<float> x2 = Vector512.LoadUnsafe(ref z, i2), x3 = Vector512.LoadUnsafe(ref z, i3);
        Vector512<float> table = PowerTable;
        Vector512<float> limit = Vector512.Create(Saturation);

        // Min(limit, a) returns a when a is NaN (vminps returns its second operand then).
        Vector512<float> a0 = Avx512F.Min(limit, Vector512.Abs(x0)), a1 = Avx512F.Min(limit, Vector512.Abs(x1));
        Vector512<float> a2 = Avx512F.Min(limit, Vector512.Abs(x2)), a3 = Avx512F.Min(limit, Vector512.Abs(x3));

        Vector512<float> scale = Vector512.Create(ThirtyTwoLog2E), magic = Vector512.Create(RoundingMagic);
        Vector512<float> n0 = Avx512F.FusedMultiplyAdd(a0, scale, magic), n1 = Avx512F.FusedMultiplyAdd(a1, scale, magic);
        Vector512<float> n2 = Avx512F.FusedMultiplyAdd(a2, scale, magic), n3 = Avx512F.FusedMultiplyAdd(a3, scale, magic);

        Vector512<float> p0 = Power(n0, table), p1 = Power(n1, table), p2 = Power(n2, table), p3 = Power(n3, table);

        n0 -= magic;
        n1 -= magic;
        n2 -= magic;
        n3 -= magic;
        Vector512<float> hi = Vector512.Create(-Ln2Over32Hi), lo = Vector512.Create(-Ln2Over32Lo);
        Vector512<float> s0 = Avx512F.FusedMultiplyAdd(n0, hi, a0), s1 = Avx512F.FusedMultiplyAdd(n1, hi, a1);
        Vector512<float> s2 = Avx512F.FusedMultiplyAdd(n2, hi, a2), s3 = Avx512F.FusedMultiplyAdd(n3, hi, a3);
        s0 = Avx512F.FusedMultiplyAdd(n0, lo, s0);
        s1 = Avx512F.FusedMultiplyAdd(n1, lo, s1);
        s2 = Avx512F.FusedMultiplyAdd(n2, lo, s2);
        s3 = Avx512F.FusedMultiplyAdd(n3, lo, s3);

        // e^(2s) = 1 + s (2 + s (2 + s 4/3)).
        Vector512<float> c3 = Vector512.Create(4f / 3f), two = Vector512.Create(2f), one = Vector512<float>.One;
        Vector512<float> q0 = Avx512F.FusedMultiplyAdd(s0, c3, two), q1 = Avx512F.FusedMultiplyAdd(s1, c3, two);
        Vector512<float> q2 = Avx512F.FusedMultiplyAdd(s2, c3, two), q3 = Avx512F.FusedMultiplyAdd(s3, c3, two);
        q0 = Avx512F.FusedMultiplyAdd(q0, s0, two);
        q1 = Avx512F.FusedMultiplyAdd(q1, s1, two);
        q2 = Avx512F.FusedMultiplyAdd(q2, s2, two);
        q3 = Avx512F.FusedMultiplyAdd(q3, s3, two);
        q0 = Avx512F.FusedMultiplyAdd(q0, s0, one);
        q1 = Avx512F.FusedMultiplyAdd(q1, s1, one);
        q2 = Avx512F.FusedMultiplyAdd(q2, s2, one);
        q3 = Avx512F.FusedMultiplyAdd(q3, s3, one);

        // d = e + 1 = p q + 1.
        Vector512<float> d0 = Avx512F.FusedMultiplyAdd(p0, q0, one), d1 = Avx512F.FusedMultiplyAdd(p1, q1, one);
        Vector512<float> d2 = Avx512F.FusedMultiplyAdd(p2, q2, one), d3 = Avx512F.FusedMultiplyAdd(p3, q3, one);
        Vector512<float> r0 = Avx512F.Reciprocal14(d0), r1 = Avx512F.Reciprocal14(d1);
        Vector512<float> r2 = Avx512F.Reciprocal14(d2), r3 = Avx512F.Reciprocal14(d3);
        d0 = Avx512F.FusedMultiplyAddNegated(d0, r0, one);
        d1 = Avx512F.FusedMultiplyAddNegated(d1, r1, one);
        d2 = Avx512F.FusedMultiplyAddNegated(d2, r2, one);
        d3 = Avx512F.FusedMultiplyAddNegated(d3, r3, one);
        r0 = Avx512F.FusedMultiplyAdd(r0, d0, r0);
        r1 = Avx512F.FusedMultiplyAdd(r1, d1, r1);
        r2 = Avx512F.FusedMultiplyAdd(r2, d2, r2);
        r3 = Avx512F.FusedMultiplyAdd(r3, d3, r3);

        // 1 - 2 r, then the sign of x: magnitude | (x & -0).
        Vector512<float> minusTwo = Vector512.Create(-2f), sign = Vector512.Create(-0f);
        Avx512F.TernaryLogic(Avx512F.FusedMultiplyAdd(r0, minusTwo, one), x0, sign, 0xF8).StoreUnsafe(ref h, i0);
        Avx512F.TernaryLogic(Avx512F.FusedMultiplyAdd(r1, minusTwo, one), x1, sign, 0xF8).StoreUnsafe(ref h, i1);
        Avx512F.TernaryLogic(Avx512F.FusedMultiplyAdd(r2, minusTwo, one), x2, sign, 0xF8).StoreUnsafe(ref h, i2);
        Avx512F.TernaryLogic(Avx512F.FusedMultiplyAdd(r3, minusTwo, one), x3, sign, 0xF8).StoreUnsafe(ref h, i3);
    }

    /// <summary>
    /// 2^(n / 16) for the n held in the low bits of <paramref name="shifted"/> (n + 1.5 * 2^23, 0 &lt;= n &lt; 2^13):
    /// shifted's bits shifted left by 19 are n * 2^19, which adds n div 16 to the exponent field and (n mod 16) * 2^19
    /// to the mantissa. Entry j of <paramref name="table"/> is the bits of 2^(j / 16) rounded to float less j * 2^19, so
    /// the integer sum is exactly 2^(j / 16) times 2^(n div 16). vpermps reads only the low 4 bits of each index.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Power(Vector512<float> shifted, Vector512<float> table)
    {
        Vector512<int> bits = shifted.AsInt32();
        return (Avx512F.PermuteVar16x32(table, bits).AsInt32() + Vector512.ShiftLeft(bits, 19)).AsSingle();
    }

    /// <summary>The table of <see cref="Power"/>: float bits of 2^(j / 16) less j * 2^19, j = 0..15 (the accuracy test in LaneKernelTests checks it).</summary>
    private static Vector512<float> PowerTable => Vector512.Create(
        0x3F800000u, 0x3F7DAAC3u, 0x3F7B95C2u, 0x3F79C3D3u, 0x3F7837F0u, 0x3F76F532u, 0x3F75FED7u, 0x3F75583Fu,
        0x3F7504F3u, 0x3F7508A4u, 0x3F75672Au, 0x3F76248Cu, 0x3F7744FDu, 0x3F78CCDFu, 0x3F7AC0C7u, 0x3F7D257Du).AsSingle();
}
