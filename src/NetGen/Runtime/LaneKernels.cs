using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime;

/// <summary>
/// Batch kernels that run one sample per SIMD lane: a block of 64 bytes of samples (16 floats or 8 doubles: one
/// 512-bit vector, two 256-bit ones) is stored lane-major, [feature][sample], so that z(l+1) for the whole block is
/// W(l) times a matrix whose rows are vectors. Every weight is broadcast once and multiplied into all the samples of
/// the block with fused multiply-adds. Not meant to be called by users.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LaneKernels
{
    /// <summary>Samples in a lane block: 64 bytes of T, 16 floats or 8 doubles.</summary>
    public static int BlockSize<T>()
        where T : unmanaged => BlockBytes / Unsafe.SizeOf<T>();

    private const int BlockBytes = 64;

    /// <summary>Transposes a block of sample rows [sample][feature] into lanes [feature][sample].</summary>
    public static void ToLanes<T>(ReadOnlySpan<T> rows, int width, Span<T> lanes)
        where T : unmanaged
    {
        int count = BlockSize<T>();
        if (rows.Length != count * width || lanes.Length != count * width)
        {
            throw new ArgumentException("A lane block holds LaneKernels.BlockSize<T>() rows of the given width.");
        }

        ref T from = ref MemoryMarshal.GetReference(rows);
        ref T to = ref MemoryMarshal.GetReference(lanes);
        for (int r = 0; r < count; r++)
        {
            ref T row = ref Unsafe.Add(ref from, r * width);
            for (int j = 0; j < width; j++)
            {
                Unsafe.Add(ref to, (j * count) + r) = Unsafe.Add(ref row, j);
            }
        }
    }

    /// <summary>Transposes lanes [feature][sample] back into sample rows [sample][feature].</summary>
    public static void FromLanes<T>(ReadOnlySpan<T> lanes, int width, Span<T> rows)
        where T : unmanaged
    {
        int count = BlockSize<T>();
        if (rows.Length != count * width || lanes.Length != count * width)
        {
            throw new ArgumentException("A lane block holds LaneKernels.BlockSize<T>() rows of the given width.");
        }

        ref T from = ref MemoryMarshal.GetReference(lanes);
        ref T to = ref MemoryMarshal.GetReference(rows);
        for (int r = 0; r < count; r++)
        {
            ref T row = ref Unsafe.Add(ref to, r * width);
            for (int j = 0; j < width; j++)
            {
                Unsafe.Add(ref row, j) = Unsafe.Add(ref from, (j * count) + r);
            }
        }
    }

    /// <summary>
    /// z = W h + b for a block of samples in lanes: z[k] = sum_j w_kj h[j] + b_k (w_kj at k * inputs + j), where h[j]
    /// and z[k] are the 64-byte vectors of that neuron over the block's samples. Eight rows of W at a time share each
    /// load of h[j], each w_kj is broadcast straight from memory into its FMA, and the eight accumulators are eight
    /// independent FMA chains, so the loop runs at about one load per FMA instead of waiting on FMA latency. With
    /// 512-bit vectors a block is one vector a neuron; with narrower ones the kernel runs once per part of the block.
    /// </summary>
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
            AffinePart<T, Vector512<T>, Simd512<T>>(w, b, x, z, 0);
        }
        else if (Simd256<T>.IsAccelerated)
        {
            for (int part = 0; part < count; part += Simd256<T>.Count)
            {
                AffinePart<T, Vector256<T>, Simd256<T>>(w, b, x, z, part);
            }
        }
        else if (Simd128<T>.IsAccelerated)
        {
            for (int part = 0; part < count; part += Simd128<T>.Count)
            {
                AffinePart<T, Vector128<T>, Simd128<T>>(w, b, x, z, part);
            }
        }
        else
        {
            for (int part = 0; part < count; part++)
            {
                AffinePart<T, T, Scalar<T>>(w, b, x, z, part);
            }
        }
    }

    /// <summary>Affine for the samples [part, part + V.Count) of the block.</summary>
    private static void AffinePart<T, TV, V>(ReadOnlySpan<T> w, ReadOnlySpan<T> b, ReadOnlySpan<T> x, Span<T> z, int part)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TV : struct
        where V : struct, ISimdOps<TV, T>
    {
        nint count = BlockSize<T>();
        int inputs = (int)(x.Length / count);
        int outputs = (int)(z.Length / count);
        ref T wRef = ref MemoryMarshal.GetReference(w);
        ref T bRef = ref MemoryMarshal.GetReference(b);
        ref T xRef = ref Unsafe.Add(ref MemoryMarshal.GetReference(x), part);
        ref T zRef = ref Unsafe.Add(ref MemoryMarshal.GetReference(z), part);
        int k = 0;
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
            for (nint j = 0; j < inputs; j++)
            {
                TV xj = V.Load(ref xRef, j * count);
                a0 = V.MultiplyAdd(xj, V.Broadcast(Unsafe.Add(ref r0, j)), a0);
                a1 = V.MultiplyAdd(xj, V.Broadcast(Unsafe.Add(ref r1, j)), a1);
                a2 = V.MultiplyAdd(xj, V.Broadcast(Unsafe.Add(ref r2, j)), a2);
                a3 = V.MultiplyAdd(xj, V.Broadcast(Unsafe.Add(ref r3, j)), a3);
                a4 = V.MultiplyAdd(xj, V.Broadcast(Unsafe.Add(ref r4, j)), a4);
                a5 = V.MultiplyAdd(xj, V.Broadcast(Unsafe.Add(ref r5, j)), a5);
                a6 = V.MultiplyAdd(xj, V.Broadcast(Unsafe.Add(ref r6, j)), a6);
                a7 = V.MultiplyAdd(xj, V.Broadcast(Unsafe.Add(ref r7, j)), a7);
            }

            ref T zk = ref Unsafe.Add(ref zRef, k * count);
            V.Store(a0, ref zk, 0);
            V.Store(a1, ref zk, count);
            V.Store(a2, ref zk, 2 * count);
            V.Store(a3, ref zk, 3 * count);
            V.Store(a4, ref zk, 4 * count);
            V.Store(a5, ref zk, 5 * count);
            V.Store(a6, ref zk, 6 * count);
            V.Store(a7, ref zk, 7 * count);
        }

        // The last rows one at a time, with two accumulators (even and odd j) to halve the FMA chain.
        for (; k < outputs; k++)
        {
            ref T r0 = ref Unsafe.Add(ref wRef, (nint)k * inputs);
            TV a0 = V.Broadcast(Unsafe.Add(ref bRef, k)), c0 = V.Zero;
            nint j = 0;
            for (; j + 2 <= inputs; j += 2)
            {
                a0 = V.MultiplyAdd(V.Broadcast(Unsafe.Add(ref r0, j)), V.Load(ref xRef, j * count), a0);
                c0 = V.MultiplyAdd(V.Broadcast(Unsafe.Add(ref r0, j + 1)), V.Load(ref xRef, (j + 1) * count), c0);
            }

            if (j < inputs)
            {
                a0 = V.MultiplyAdd(V.Broadcast(Unsafe.Add(ref r0, j)), V.Load(ref xRef, j * count), a0);
            }

            V.Store(V.Add(a0, c0), ref zRef, k * count);
        }
    }
}
