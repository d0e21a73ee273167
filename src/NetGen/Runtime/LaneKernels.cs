using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime;

/// <summary>
/// Batch kernels that run one sample per SIMD lane: a block of 128 bytes of samples (32 floats or 16 doubles: two
/// 512-bit vectors, four 256-bit ones) is stored lane-major, [feature][sample], so that z(l+1) for the whole block is
/// W(l) times a matrix whose rows are vectors. Every weight is broadcast once and multiplied into two vectors of
/// samples with fused multiply-adds. Not meant to be called by users.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LaneKernels
{
    /// <summary>Samples in a lane block: 128 bytes of T, 32 floats or 16 doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int BlockSize<T>()
        where T : unmanaged => BlockBytes / Unsafe.SizeOf<T>();

    private const int BlockBytes = 128;

    /// <summary>
    /// Transposes a block of sample rows [sample][feature] into lanes [feature][sample]. Fewer rows than a block (the
    /// last rows of a batch) fill the first lanes, and the other lanes are set to zero.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static void ToLanes<T>(ReadOnlySpan<T> rows, int width, Span<T> lanes)
        where T : unmanaged
    {
        int count = BlockSize<T>();
        CheckBlock(rows.Length, width, lanes.Length, count);
        ref T from = ref MemoryMarshal.GetReference(rows);
        ref T to = ref MemoryMarshal.GetReference(lanes);
        int filled = rows.Length / width;
        if (filled < count)
        {
            for (int j = 0; j < width; j++)
            {
                for (int r = 0; r < count; r++)
                {
                    Unsafe.Add(ref to, (j * count) + r) = r < filled ? Unsafe.Add(ref from, (r * width) + j) : default;
                }
            }

            return;
        }

        // Whole 16-float (8-double) column chunks go through registers; the columns past the last chunk one by one.
        int done = 0;
        if (Avx512F.IsSupported && typeof(T) == typeof(float))
        {
            done = Transpose16x16(ref Unsafe.As<T, float>(ref from), width, ref Unsafe.As<T, float>(ref to));
        }
        else if (Avx512F.IsSupported && typeof(T) == typeof(double))
        {
            done = Transpose8x8(ref Unsafe.As<T, double>(ref from), width, ref Unsafe.As<T, double>(ref to));
        }

        for (int r = 0; r < count; r++)
        {
            ref T row = ref Unsafe.Add(ref from, r * width);
            for (int j = done; j < width; j++)
            {
                Unsafe.Add(ref to, (j * count) + r) = Unsafe.Add(ref row, j);
            }
        }
    }

    /// <summary>
    /// Transposes lanes [feature][sample] back into sample rows [sample][feature]: as many rows as
    /// <paramref name="rows"/> holds (a block's worth, or fewer for the last rows of a batch).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static void FromLanes<T>(ReadOnlySpan<T> lanes, int width, Span<T> rows)
        where T : unmanaged
    {
        int count = BlockSize<T>();
        CheckBlock(rows.Length, width, lanes.Length, count);
        ref T from = ref MemoryMarshal.GetReference(lanes);
        ref T to = ref MemoryMarshal.GetReference(rows);
        int filled = rows.Length / width;
        for (int r = 0; r < filled; r++)
        {
            ref T row = ref Unsafe.Add(ref to, r * width);
            for (int j = 0; j < width; j++)
            {
                Unsafe.Add(ref row, j) = Unsafe.Add(ref from, (j * count) + r);
            }
        }
    }

    /// <summary>Lanes of exactly a block of the given width, and whole rows of it, at most a block's worth.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckBlock(int rowsLength, int width, int lanesLength, int count)
    {
        if (width <= 0 || lanesLength != count * width || rowsLength > lanesLength || rowsLength % width != 0)
        {
            throw new ArgumentException("A lane block holds LaneKernels.BlockSize<T>() rows of the given width; the rows are whole rows, at most that many.");
        }
    }

    /// <summary>
    /// z = W h + b for a block of samples in lanes: z[k] = sum_j w_kj h[j] + b_k (w_kj at k * inputs + j), where h[j]
    /// and z[k] are the 128-byte rows of that neuron over the block's samples. The kernel is register-blocked: a tile
    /// of rows of W times two vectors of samples, so each broadcast weight feeds two fused multiply-adds and each loaded
    /// vector of h feeds one per row. With 512-bit vectors a tile is 8 rows (16 independent accumulators, twice the
    /// 8 = FMA latency x ports needed to keep both FMA units busy, out of 32 registers); narrower vectors have 16
    /// registers, so 4 rows, and the kernel runs once per pair of vectors of the block.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Affine<T>(ReadOnlySpan<T> w, ReadOnlySpan<T> b, ReadOnlySpan<T> x, Span<T> z)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int count = BlockSize<T>();
        int inputs = x.Length / count;
        int outputs = z.Length / count;
        if (x.Length != inputs * count || z.Length != outputs * count || w.Length != inputs * outputs || b.Length != outputs)
        {
            throw new ArgumentException("The shapes of W, b, x and z do not agree.");
        }

        if (Simd512<T>.IsAccelerated)
        {
            AffinePart<T, Vector512<T>, Simd512<T>>(w, b, x, z, 0, 8);
        }
        else if (Simd256<T>.IsAccelerated)
        {
            for (int part = 0; part < count; part += 2 * Simd256<T>.Count)
            {
                AffinePart<T, Vector256<T>, Simd256<T>>(w, b, x, z, part, 4);
            }
        }
        else if (Simd128<T>.IsAccelerated)
        {
            for (int part = 0; part < count; part += 2 * Simd128<T>.Count)
            {
                AffinePart<T, Vector128<T>, Simd128<T>>(w, b, x, z, part, 4);
            }
        }
        else
        {
            for (int part = 0; part < count; part += 2)
            {
                AffinePart<T, T, Scalar<T>>(w, b, x, z, part, 4);
            }
        }
    }

    /// <summary>Affine for the samples [part, part + 2 V.Count) of the block, <paramref name="tile"/> (8 or 4) rows of W at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AffinePart<T, TV, V>(ReadOnlySpan<T> w, ReadOnlySpan<T> b, ReadOnlySpan<T> x, Span<T> z, int part, int tile)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TV : struct
        where V : struct, ISimdOps<TV, T>
    {
        nint count = BlockSize<T>();
        nint half = V.Count;
        int inputs = (int)(x.Length / count);
        int outputs = (int)(z.Length / count);
        ref T wRef = ref MemoryMarshal.GetReference(w);
        ref T bRef = ref MemoryMarshal.GetReference(b);
        ref T xRef = ref Unsafe.Add(ref MemoryMarshal.GetReference(x), part);
        ref T zRef = ref Unsafe.Add(ref MemoryMarshal.GetReference(z), part);
        int k = 0;
        if (tile == 8)
        {
            for (; k + 8 <= outputs; k += 8)
            {
                ref T r0 = ref Unsafe.Add(ref wRef, (nint)k * inputs);
                ref T r1 = ref Unsafe.Add(ref r0, inputs);
                ref T r2 = ref Unsafe.Add(ref r1, inputs);
                ref T r3 = ref Unsafe.Add(ref r2, inputs);
                ref T r4 = ref Unsafe.Add(ref r3, inputs);
                ref T r5 = ref Unsafe.Add(ref r4, inputs);
                ref T r6 = ref Unsafe.Add(ref r5, inputs);
                ref T r7 = ref Unsafe.Add(ref r6, inputs);
                TV a0 = V.Broadcast(Unsafe.Add(ref bRef, k)), a1 = V.Broadcast(Unsafe.Add(ref bRef, k + 1));
                TV a2 = V.Broadcast(Unsafe.Add(ref bRef, k + 2)), a3 = V.Broadcast(Unsafe.Add(ref bRef, k + 3));
                TV a4 = V.Broadcast(Unsafe.Add(ref bRef, k + 4)), a5 = V.Broadcast(Unsafe.Add(ref bRef, k + 5));
                TV a6 = V.Broadcast(Unsafe.Add(ref bRef, k + 6)), a7 = V.Broadcast(Unsafe.Add(ref bRef, k + 7));
                TV c0 = a0, c1 = a1, c2 = a2, c3 = a3, c4 = a4, c5 = a5, c6 = a6, c7 = a7;
                ref T xj = ref xRef;
                for (nint j = 0; j < inputs; j++)
                {
                    TV lo = V.Load(ref xj, 0), hi = V.Load(ref xj, half);
                    TV w0 = V.Broadcast(Unsafe.Add(ref r0, j));
                    a0 = V.MultiplyAdd(lo, w0, a0);
                    c0 = V.MultiplyAdd(hi, w0, c0);
                    TV w1 = V.Broadcast(Unsafe.Add(ref r1, j));
                    a1 = V.MultiplyAdd(lo, w1, a1);
                    c1 = V.MultiplyAdd(hi, w1, c1);
                    TV w2 = V.Broadcast(Unsafe.Add(ref r2, j));
                    a2 = V.MultiplyAdd(lo, w2, a2);
                    c2 = V.MultiplyAdd(hi, w2, c2);
                    TV w3 = V.Broadcast(Unsafe.Add(ref r3, j));
                    a3 = V.MultiplyAdd(lo, w3, a3);
                    c3 = V.MultiplyAdd(hi, w3, c3);
                    TV w4 = V.Broadcast(Unsafe.Add(ref r4, j));
                    a4 = V.MultiplyAdd(lo, w4, a4);
                    c4 = V.MultiplyAdd(hi, w4, c4);
                    TV w5 = V.Broadcast(Unsafe.Add(ref r5, j));
                    a5 = V.MultiplyAdd(lo, w5, a5);
                    c5 = V.MultiplyAdd(hi, w5, c5);
                    TV w6 = V.Broadcast(Unsafe.Add(ref r6, j));
                    a6 = V.MultiplyAdd(lo, w6, a6);
                    c6 = V.MultiplyAdd(hi, w6, c6);
                    TV w7 = V.Broadcast(Unsafe.Add(ref r7, j));
                    a7 = V.MultiplyAdd(lo, w7, a7);
                    c7 = V.MultiplyAdd(hi, w7, c7);
                    xj = ref Unsafe.Add(ref xj, count);
                }

                ref T zk = ref Unsafe.Add(ref zRef, k * count);
                StorePair<T, TV, V>(a0, c0, ref zk, 0);
                StorePair<T, TV, V>(a1, c1, ref zk, count);
                StorePair<T, TV, V>(a2, c2, ref zk, 2 * count);
                StorePair<T, TV, V>(a3, c3, ref zk, 3 * count);
                StorePair<T, TV, V>(a4, c4, ref zk, 4 * count);
                StorePair<T, TV, V>(a5, c5, ref zk, 5 * count);
                StorePair<T, TV, V>(a6, c6, ref zk, 6 * count);
                StorePair<T, TV, V>(a7, c7, ref zk, 7 * count);
            }
        }

        for (; k + 4 <= outputs; k += 4)
        {
            ref T r0 = ref Unsafe.Add(ref wRef, (nint)k * inputs);
            ref T r1 = ref Unsafe.Add(ref r0, inputs);
            ref T r2 = ref Unsafe.Add(ref r1, inputs);
            ref T r3 = ref Unsafe.Add(ref r2, inputs);
            TV a0 = V.Broadcast(Unsafe.Add(ref bRef, k)), a1 = V.Broadcast(Unsafe.Add(ref bRef, k + 1));
            TV a2 = V.Broadcast(Unsafe.Add(ref bRef, k + 2)), a3 = V.Broadcast(Unsafe.Add(ref bRef, k + 3));
            TV c0 = a0, c1 = a1, c2 = a2, c3 = a3;
            ref T xj = ref xRef;
            for (nint j = 0; j < inputs; j++)
            {
                TV lo = V.Load(ref xj, 0), hi = V.Load(ref xj, half);
                TV w0 = V.Broadcast(Unsafe.Add(ref r0, j));
                a0 = V.MultiplyAdd(lo, w0, a0);
                c0 = V.MultiplyAdd(hi, w0, c0);
                TV w1 = V.Broadcast(Unsafe.Add(ref r1, j));
                a1 = V.MultiplyAdd(lo, w1, a1);
                c1 = V.MultiplyAdd(hi, w1, c1);
                TV w2 = V.Broadcast(Unsafe.Add(ref r2, j));
                a2 = V.MultiplyAdd(lo, w2, a2);
                c2 = V.MultiplyAdd(hi, w2, c2);
                TV w3 = V.Broadcast(Unsafe.Add(ref r3, j));
                a3 = V.MultiplyAdd(lo, w3, a3);
                c3 = V.MultiplyAdd(hi, w3, c3);
                xj = ref Unsafe.Add(ref xj, count);
            }

            ref T zk = ref Unsafe.Add(ref zRef, k * count);
            StorePair<T, TV, V>(a0, c0, ref zk, 0);
            StorePair<T, TV, V>(a1, c1, ref zk, count);
            StorePair<T, TV, V>(a2, c2, ref zk, 2 * count);
            StorePair<T, TV, V>(a3, c3, ref zk, 3 * count);
        }

        // The last rows one at a time: even and odd j in separate accumulators, four FMA chains in all.
        for (; k < outputs; k++)
        {
            ref T r0 = ref Unsafe.Add(ref wRef, (nint)k * inputs);
            TV a0 = V.Broadcast(Unsafe.Add(ref bRef, k)), c0 = a0, a1 = V.Zero, c1 = V.Zero;
            nint j = 0;
            for (; j + 2 <= inputs; j += 2)
            {
                TV w0 = V.Broadcast(Unsafe.Add(ref r0, j)), w1 = V.Broadcast(Unsafe.Add(ref r0, j + 1));
                a0 = V.MultiplyAdd(V.Load(ref xRef, j * count), w0, a0);
                c0 = V.MultiplyAdd(V.Load(ref xRef, (j * count) + half), w0, c0);
                a1 = V.MultiplyAdd(V.Load(ref xRef, (j + 1) * count), w1, a1);
                c1 = V.MultiplyAdd(V.Load(ref xRef, ((j + 1) * count) + half), w1, c1);
            }

            if (j < inputs)
            {
                TV w0 = V.Broadcast(Unsafe.Add(ref r0, j));
                a0 = V.MultiplyAdd(V.Load(ref xRef, j * count), w0, a0);
                c0 = V.MultiplyAdd(V.Load(ref xRef, (j * count) + half), w0, c0);
            }

            StorePair<T, TV, V>(V.Add(a0, a1), V.Add(c0, c1), ref zRef, k * count);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StorePair<T, TV, V>(TV low, TV high, ref T destination, nint offset)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TV : struct
        where V : struct, ISimdOps<TV, T>
    {
        V.Store(low, ref destination, offset);
        V.Store(high, ref destination, offset + V.Count);
    }

    /// <summary>
    /// ToLanes for the first width - width % 16 columns of a float block, 16 rows by 16 columns at a time: 16 loads, the
    /// usual four rounds of 16 shuffles (pairs of floats, pairs of doubles, then 128-bit quarters twice), 16 stores.
    /// Returns the columns done.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Transpose16x16(ref float rows, int width, ref float lanes)
    {
        const int count = BlockBytes / sizeof(float);
        int j = 0;
        for (; j + 16 <= width; j += 16)
        {
            for (int r = 0; r < count; r += 16)
            {
                ref float a = ref Unsafe.Add(ref rows, ((nint)r * width) + j);
                Vector512<float> a0 = Vector512.LoadUnsafe(ref a), a1 = Vector512.LoadUnsafe(ref a, (nuint)width);
                Vector512<float> a2 = Vector512.LoadUnsafe(ref a, 2 * (nuint)width), a3 = Vector512.LoadUnsafe(ref a, 3 * (nuint)width);
                Vector512<float> a4 = Vector512.LoadUnsafe(ref a, 4 * (nuint)width), a5 = Vector512.LoadUnsafe(ref a, 5 * (nuint)width);
                Vector512<float> a6 = Vector512.LoadUnsafe(ref a, 6 * (nuint)width), a7 = Vector512.LoadUnsafe(ref a, 7 * (nuint)width);
                Vector512<float> a8 = Vector512.LoadUnsafe(ref a, 8 * (nuint)width), a9 = Vector512.LoadUnsafe(ref a, 9 * (nuint)width);
                Vector512<float> a10 = Vector512.LoadUnsafe(ref a, 10 * (nuint)width), a11 = Vector512.LoadUnsafe(ref a, 11 * (nuint)width);
                Vector512<float> a12 = Vector512.LoadUnsafe(ref a, 12 * (nuint)width), a13 = Vector512.LoadUnsafe(ref a, 13 * (nuint)width);
                Vector512<float> a14 = Vector512.LoadUnsafe(ref a, 14 * (nuint)width), a15 = Vector512.LoadUnsafe(ref a, 15 * (nuint)width);

                // t: rows 2i, 2i+1 interleaved; per 128-bit quarter q, tLo holds columns 4q, 4q+1 and tHi 4q+2, 4q+3.
                Vector512<float> t0 = Avx512F.UnpackLow(a0, a1), t1 = Avx512F.UnpackHigh(a0, a1);
                Vector512<float> t2 = Avx512F.UnpackLow(a2, a3), t3 = Avx512F.UnpackHigh(a2, a3);
                Vector512<float> t4 = Avx512F.UnpackLow(a4, a5), t5 = Avx512F.UnpackHigh(a4, a5);
                Vector512<float> t6 = Avx512F.UnpackLow(a6, a7), t7 = Avx512F.UnpackHigh(a6, a7);
                Vector512<float> t8 = Avx512F.UnpackLow(a8, a9), t9 = Avx512F.UnpackHigh(a8, a9);
                Vector512<float> t10 = Avx512F.UnpackLow(a10, a11), t11 = Avx512F.UnpackHigh(a10, a11);
                Vector512<float> t12 = Avx512F.UnpackLow(a12, a13), t13 = Avx512F.UnpackHigh(a12, a13);
                Vector512<float> t14 = Avx512F.UnpackLow(a14, a15), t15 = Avx512F.UnpackHigh(a14, a15);

                // u[4g + c]: rows 4g..4g+3 of column 4q + c in quarter q.
                Vector512<float> u0 = PairsLow(t0, t2), u1 = PairsHigh(t0, t2), u2 = PairsLow(t1, t3), u3 = PairsHigh(t1, t3);
                Vector512<float> u4 = PairsLow(t4, t6), u5 = PairsHigh(t4, t6), u6 = PairsLow(t5, t7), u7 = PairsHigh(t5, t7);
                Vector512<float> u8 = PairsLow(t8, t10), u9 = PairsHigh(t8, t10), u10 = PairsLow(t9, t11), u11 = PairsHigh(t9, t11);
                Vector512<float> u12 = PairsLow(t12, t14), u13 = PairsHigh(t12, t14), u14 = PairsLow(t13, t15), u15 = PairsHigh(t13, t15);

                ref float o = ref Unsafe.Add(ref lanes, ((nint)j * count) + r);
                StoreColumns(u0, u4, u8, u12, ref o, 0);
                StoreColumns(u1, u5, u9, u13, ref o, count);
                StoreColumns(u2, u6, u10, u14, ref o, 2 * count);
                StoreColumns(u3, u7, u11, u15, ref o, 3 * count);
            }
        }

        return j;
    }

    /// <summary>Per 128-bit quarter: the low 64 bits of <paramref name="a"/> then the low 64 bits of <paramref name="b"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> PairsLow(Vector512<float> a, Vector512<float> b) =>
        Avx512F.UnpackLow(a.AsDouble(), b.AsDouble()).AsSingle();

    /// <summary>Per 128-bit quarter: the high 64 bits of <paramref name="a"/> then the high 64 bits of <paramref name="b"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> PairsHigh(Vector512<float> a, Vector512<float> b) =>
        Avx512F.UnpackHigh(a.AsDouble(), b.AsDouble()).AsSingle();

    /// <summary>
    /// Given g0..g3, where quarter q of gi holds rows 4i..4i+3 of column 4q + c, stores columns c, 4 + c, 8 + c and
    /// 12 + c (16 rows each) at o + offset + {0, 4, 8, 12} block columns.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreColumns(Vector512<float> g0, Vector512<float> g1, Vector512<float> g2, Vector512<float> g3, ref float o, nint offset)
    {
        const int count = BlockBytes / sizeof(float);

        // 0x88 takes quarters 0 and 2 of each source, 0xDD quarters 1 and 3.
        Vector512<float> evenLow = Avx512F.Shuffle4x128(g0, g1, 0x88), oddLow = Avx512F.Shuffle4x128(g0, g1, 0xDD);
        Vector512<float> evenHigh = Avx512F.Shuffle4x128(g2, g3, 0x88), oddHigh = Avx512F.Shuffle4x128(g2, g3, 0xDD);
        Avx512F.Shuffle4x128(evenLow, evenHigh, 0x88).StoreUnsafe(ref o, (nuint)offset);
        Avx512F.Shuffle4x128(oddLow, oddHigh, 0x88).StoreUnsafe(ref o, (nuint)(offset + (4 * count)));
        Avx512F.Shuffle4x128(evenLow, evenHigh, 0xDD).StoreUnsafe(ref o, (nuint)(offset + (8 * count)));
        Avx512F.Shuffle4x128(oddLow, oddHigh, 0xDD).StoreUnsafe(ref o, (nuint)(offset + (12 * count)));
    }

    /// <summary>ToLanes for the first width - width % 8 columns of a double block, 8 rows by 8 columns at a time. Returns the columns done.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Transpose8x8(ref double rows, int width, ref double lanes)
    {
        const int count = BlockBytes / sizeof(double);
        int j = 0;
        for (; j + 8 <= width; j += 8)
        {
            for (int r = 0; r < count; r += 8)
            {
                ref double a = ref Unsafe.Add(ref rows, ((nint)r * width) + j);
                Vector512<double> a0 = Vector512.LoadUnsafe(ref a), a1 = Vector512.LoadUnsafe(ref a, (nuint)width);
                Vector512<double> a2 = Vector512.LoadUnsafe(ref a, 2 * (nuint)width), a3 = Vector512.LoadUnsafe(ref a, 3 * (nuint)width);
                Vector512<double> a4 = Vector512.LoadUnsafe(ref a, 4 * (nuint)width), a5 = Vector512.LoadUnsafe(ref a, 5 * (nuint)width);
                Vector512<double> a6 = Vector512.LoadUnsafe(ref a, 6 * (nuint)width), a7 = Vector512.LoadUnsafe(ref a, 7 * (nuint)width);

                // t[2p + c]: rows 2p, 2p+1 of column 2q + c in quarter q.
                Vector512<double> t0 = Avx512F.UnpackLow(a0, a1), t1 = Avx512F.UnpackHigh(a0, a1);
                Vector512<double> t2 = Avx512F.UnpackLow(a2, a3), t3 = Avx512F.UnpackHigh(a2, a3);
                Vector512<double> t4 = Avx512F.UnpackLow(a4, a5), t5 = Avx512F.UnpackHigh(a4, a5);
                Vector512<double> t6 = Avx512F.UnpackLow(a6, a7), t7 = Avx512F.UnpackHigh(a6, a7);

                ref double o = ref Unsafe.Add(ref lanes, ((nint)j * count) + r);
                StoreColumns(t0, t2, t4, t6, ref o, 0);
                StoreColumns(t1, t3, t5, t7, ref o, count);
            }
        }

        return j;
    }

    /// <summary>
    /// Given g0..g3, where quarter q of gi holds rows 2i, 2i+1 of column 2q + c, stores columns c, 2 + c, 4 + c and
    /// 6 + c (8 rows each) at o + offset + {0, 2, 4, 6} block columns.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreColumns(Vector512<double> g0, Vector512<double> g1, Vector512<double> g2, Vector512<double> g3, ref double o, nint offset)
    {
        const int count = BlockBytes / sizeof(double);
        Vector512<double> evenLow = Avx512F.Shuffle4x128(g0, g1, 0x88), oddLow = Avx512F.Shuffle4x128(g0, g1, 0xDD);
        Vector512<double> evenHigh = Avx512F.Shuffle4x128(g2, g3, 0x88), oddHigh = Avx512F.Shuffle4x128(g2, g3, 0xDD);
        Avx512F.Shuffle4x128(evenLow, evenHigh, 0x88).StoreUnsafe(ref o, (nuint)offset);
        Avx512F.Shuffle4x128(oddLow, oddHigh, 0x88).StoreUnsafe(ref o, (nuint)(offset + (2 * count)));
        Avx512F.Shuffle4x128(evenLow, evenHigh, 0xDD).StoreUnsafe(ref o, (nuint)(offset + (4 * count)));
        Avx512F.Shuffle4x128(oddLow, oddHigh, 0xDD).StoreUnsafe(ref o, (nuint)(offset + (6 * count)));
    }
}
