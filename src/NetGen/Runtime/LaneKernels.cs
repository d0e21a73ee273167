using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime;

/// <summary>
/// Batch kernels that run one sample per SIMD lane: a block of <c>Vector256&lt;T&gt;.Count</c> samples (8 floats or 4
/// doubles) is stored lane-major, [feature][sample], so that z(l+1) for the whole block is W(l) times a matrix whose
/// rows are vectors. Every weight is broadcast once and multiplied into all samples with one fused multiply-add.
/// Not meant to be called by users.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LaneKernels
{
    /// <summary>Transposes a block of sample rows [sample][feature] into lanes [feature][sample].</summary>
    public static void ToLanes<T>(ReadOnlySpan<T> rows, int width, Span<T> lanes)
        where T : unmanaged
    {
        int count = Vector256<T>.Count;
        if (rows.Length != count * width || lanes.Length != count * width)
        {
            throw new ArgumentException("A lane block holds Vector256<T>.Count rows of the given width.");
        }

        for (int r = 0; r < count; r++)
        {
            for (int j = 0; j < width; j++)
            {
                lanes[(j * count) + r] = rows[(r * width) + j];
            }
        }
    }

    /// <summary>Transposes lanes [feature][sample] back into sample rows [sample][feature].</summary>
    public static void FromLanes<T>(ReadOnlySpan<T> lanes, int width, Span<T> rows)
        where T : unmanaged
    {
        int count = Vector256<T>.Count;
        if (rows.Length != count * width || lanes.Length != count * width)
        {
            throw new ArgumentException("A lane block holds Vector256<T>.Count rows of the given width.");
        }

        for (int r = 0; r < count; r++)
        {
            for (int j = 0; j < width; j++)
            {
                rows[(r * width) + j] = lanes[(j * count) + r];
            }
        }
    }

    /// <summary>
    /// z = W x + b for a block of samples in lanes: z[k] = sum_j w_kj x[j] + b_k, where x[j] and z[k] are vectors of
    /// samples. Eight rows of W at a time share each load of x[j] and keep eight independent FMA chains in flight.
    /// </summary>
    public static void Affine<T>(ReadOnlySpan<T> w, ReadOnlySpan<T> b, ReadOnlySpan<T> x, Span<T> z)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int count = Vector256<T>.Count;
        int inputs = x.Length / count;
        int outputs = z.Length / count;
        if (x.Length != inputs * count || z.Length != outputs * count || w.Length != inputs * outputs || b.Length != outputs)
        {
            throw new ArgumentException("The shapes of W, b, x and z do not agree.");
        }

        ref T wRef = ref MemoryMarshal.GetReference(w);
        ref T xRef = ref MemoryMarshal.GetReference(x);
        ref T zRef = ref MemoryMarshal.GetReference(z);
        int k = 0;
        for (; k + 8 <= outputs; k += 8)
        {
            Vector256<T> a0 = Vector256.Create(b[k]), a1 = Vector256.Create(b[k + 1]), a2 = Vector256.Create(b[k + 2]), a3 = Vector256.Create(b[k + 3]);
            Vector256<T> a4 = Vector256.Create(b[k + 4]), a5 = Vector256.Create(b[k + 5]), a6 = Vector256.Create(b[k + 6]), a7 = Vector256.Create(b[k + 7]);
            ref T row = ref Unsafe.Add(ref wRef, k * inputs);
            for (int j = 0; j < inputs; j++)
            {
                Vector256<T> xj = Vector256.LoadUnsafe(ref xRef, (nuint)(j * count));
                a0 = MultiplyAdd(Vector256.Create(Unsafe.Add(ref row, j)), xj, a0);
                a1 = MultiplyAdd(Vector256.Create(Unsafe.Add(ref row, inputs + j)), xj, a1);
                a2 = MultiplyAdd(Vector256.Create(Unsafe.Add(ref row, (2 * inputs) + j)), xj, a2);
                a3 = MultiplyAdd(Vector256.Create(Unsafe.Add(ref row, (3 * inputs) + j)), xj, a3);
                a4 = MultiplyAdd(Vector256.Create(Unsafe.Add(ref row, (4 * inputs) + j)), xj, a4);
                a5 = MultiplyAdd(Vector256.Create(Unsafe.Add(ref row, (5 * inputs) + j)), xj, a5);
                a6 = MultiplyAdd(Vector256.Create(Unsafe.Add(ref row, (6 * inputs) + j)), xj, a6);
                a7 = MultiplyAdd(Vector256.Create(Unsafe.Add(ref row, (7 * inputs) + j)), xj, a7);
            }

            a0.StoreUnsafe(ref zRef, (nuint)(k * count));
            a1.StoreUnsafe(ref zRef, (nuint)((k + 1) * count));
            a2.StoreUnsafe(ref zRef, (nuint)((k + 2) * count));
            a3.StoreUnsafe(ref zRef, (nuint)((k + 3) * count));
            a4.StoreUnsafe(ref zRef, (nuint)((k + 4) * count));
            a5.StoreUnsafe(ref zRef, (nuint)((k + 5) * count));
            a6.StoreUnsafe(ref zRef, (nuint)((k + 6) * count));
            a7.StoreUnsafe(ref zRef, (nuint)((k + 7) * count));
        }

        for (; k < outputs; k++)
        {
            Vector256<T> a = Vector256.Create(b[k]);
            ref T row = ref Unsafe.Add(ref wRef, k * inputs);
            for (int j = 0; j < inputs; j++)
            {
                a = MultiplyAdd(Vector256.Create(Unsafe.Add(ref row, j)), Vector256.LoadUnsafe(ref xRef, (nuint)(j * count)), a);
            }

            a.StoreUnsafe(ref zRef, (nuint)(k * count));
        }
    }

    /// <summary>a * b + c, fused where the CPU has FMA.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> MultiplyAdd<T>(Vector256<T> a, Vector256<T> b, Vector256<T> c)
        where T : unmanaged
    {
        if (Fma.IsSupported)
        {
            if (typeof(T) == typeof(float))
            {
                return Fma.MultiplyAdd(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>();
            }

            if (typeof(T) == typeof(double))
            {
                return Fma.MultiplyAdd(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();
            }
        }

        return (a * b) + c;
    }
}
