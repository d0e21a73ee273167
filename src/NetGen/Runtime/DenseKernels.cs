using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime;

/// <summary>
/// The loop-based building blocks of generated code for layers too large to unroll: a register-blocked GEMV for
/// z = W h + b (several rows of the row-major W per pass over h), column-blocked kernels for W^T delta and for the
/// outer-product updates (a strip of columns held in registers while the rows stream past), and vectorised
/// activations. Each kernel runs at the widest SIMD width the CPU has (512, 256 or 128 bits, fused multiply-adds where
/// available) and finishes the columns no vector covers with the same code on single lanes. T is float or double.
/// Not meant to be called by users.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DenseKernels
{
    /// <summary>
    /// z = W h + b: z_k = sum_j w_kj h_j + b_k for the rows k of the row-major [z.Length x h.Length] matrix W
    /// (w_kj at k * inputs + j). Register-blocked GEMV: eight rows of W share each load of a chunk of h, one accumulator
    /// each, so eight independent FMA chains hide the FMA latency and a 64-input row costs four 512-bit FMAs; the eight
    /// accumulators are reduced together (ISimdOps.StoreSums8: block shuffles, about 27 instructions for eight rows on
    /// AVX-512) and stored with their biases in one go. The last 1 to 7 rows go four (two accumulators each, horizontal
    /// adds) and then one at a time. The last columns that do not fill a vector are read as the row's last whole vector,
    /// with the lanes already counted masked to zero in both W and h.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Affine<T>(ReadOnlySpan<T> w, ReadOnlySpan<T> b, ReadOnlySpan<T> x, Span<T> z)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int inputs = x.Length;
        if (w.Length != inputs * z.Length || b.Length != z.Length)
        {
            throw new ArgumentException("The shapes of W, b, x and z do not agree.");
        }

        if (Simd512<T>.IsAccelerated && inputs >= Simd512<T>.Count)
        {
            AffineRows<T, Vector512<T>, Simd512<T>>(w, b, x, z);
        }
        else if (Simd256<T>.IsAccelerated && inputs >= Simd256<T>.Count)
        {
            AffineRows<T, Vector256<T>, Simd256<T>>(w, b, x, z);
        }
        else if (Simd128<T>.IsAccelerated && inputs >= Simd128<T>.Count)
        {
            AffineRows<T, Vector128<T>, Simd128<T>>(w, b, x, z);
        }
        else
        {
            AffineRows<T, T, Scalar<T>>(w, b, x, z);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AffineRows<T, TV, V>(ReadOnlySpan<T> w, ReadOnlySpan<T> b, ReadOnlySpan<T> x, Span<T> z)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TV : struct
        where V : struct, ISimdOps<TV, T>
    {
        int inputs = x.Length;
        int outputs = z.Length;
        int n = V.Count;
        int whole = inputs - (inputs % n);
        int pairs = whole - (whole % (2 * n));
        nint tail = inputs - n; // the last whole vector of a row; its first (whole - tail) lanes were counted already
        bool hasTail = whole < inputs;
        TV mask = V.KeepFrom(whole - (inputs - n));
        ref T wRef = ref MemoryMarshal.GetReference(w);
        ref T xRef = ref MemoryMarshal.GetReference(x);
        ref T bRef = ref MemoryMarshal.GetReference(b);
        ref T zRef = ref MemoryMarshal.GetReference(z);
        TV xTail = hasTail ? V.And(V.Load(ref xRef, tail), mask) : V.Zero;
        int k = 0;

        // Eight rows a pass, one accumulator each: every load of a chunk of x serves eight rows, eight independent FMA
        // chains cover the FMA latency, and the eight sums are reduced together.
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
            TV a0 = V.Zero, a1 = V.Zero, a2 = V.Zero, a3 = V.Zero, a4 = V.Zero, a5 = V.Zero, a6 = V.Zero, a7 = V.Zero;
            for (nint j = 0; j < whole; j += n)
            {
                TV xj = V.Load(ref xRef, j);
                a0 = V.MultiplyAdd(V.Load(ref r0, j), xj, a0);
                a1 = V.MultiplyAdd(V.Load(ref r1, j), xj, a1);
                a2 = V.MultiplyAdd(V.Load(ref r2, j), xj, a2);
                a3 = V.MultiplyAdd(V.Load(ref r3, j), xj, a3);
                a4 = V.MultiplyAdd(V.Load(ref r4, j), xj, a4);
                a5 = V.MultiplyAdd(V.Load(ref r5, j), xj, a5);
                a6 = V.MultiplyAdd(V.Load(ref r6, j), xj, a6);
                a7 = V.MultiplyAdd(V.Load(ref r7, j), xj, a7);
            }

            if (hasTail)
            {
                a0 = V.MultiplyAdd(V.And(V.Load(ref r0, tail), mask), xTail, a0);
                a1 = V.MultiplyAdd(V.And(V.Load(ref r1, tail), mask), xTail, a1);
                a2 = V.MultiplyAdd(V.And(V.Load(ref r2, tail), mask), xTail, a2);
                a3 = V.MultiplyAdd(V.And(V.Load(ref r3, tail), mask), xTail, a3);
                a4 = V.MultiplyAdd(V.And(V.Load(ref r4, tail), mask), xTail, a4);
                a5 = V.MultiplyAdd(V.And(V.Load(ref r5, tail), mask), xTail, a5);
                a6 = V.MultiplyAdd(V.And(V.Load(ref r6, tail), mask), xTail, a6);
                a7 = V.MultiplyAdd(V.And(V.Load(ref r7, tail), mask), xTail, a7);
            }

            V.StoreSums8(a0, a1, a2, a3, a4, a5, a6, a7, ref Unsafe.Add(ref bRef, k), ref Unsafe.Add(ref zRef, k));
        }

        for (; k + 4 <= outputs; k += 4)
        {
            ref T r0 = ref Unsafe.Add(ref wRef, (nint)k * inputs);
            ref T r1 = ref Unsafe.Add(ref r0, inputs);
            ref T r2 = ref Unsafe.Add(ref r1, inputs);
            ref T r3 = ref Unsafe.Add(ref r2, inputs);
            TV a0 = V.Zero, a1 = V.Zero, a2 = V.Zero, a3 = V.Zero;
            TV c0 = V.Zero, c1 = V.Zero, c2 = V.Zero, c3 = V.Zero;
            nint j = 0;
            for (; j < pairs; j += 2 * n)
            {
                TV x0 = V.Load(ref xRef, j);
                TV x1 = V.Load(ref xRef, j + n);
                a0 = V.MultiplyAdd(V.Load(ref r0, j), x0, a0);
                a1 = V.MultiplyAdd(V.Load(ref r1, j), x0, a1);
                a2 = V.MultiplyAdd(V.Load(ref r2, j), x0, a2);
                a3 = V.MultiplyAdd(V.Load(ref r3, j), x0, a3);
                c0 = V.MultiplyAdd(V.Load(ref r0, j + n), x1, c0);
                c1 = V.MultiplyAdd(V.Load(ref r1, j + n), x1, c1);
                c2 = V.MultiplyAdd(V.Load(ref r2, j + n), x1, c2);
                c3 = V.MultiplyAdd(V.Load(ref r3, j + n), x1, c3);
            }

            if (j < whole)
            {
                TV x0 = V.Load(ref xRef, j);
                a0 = V.MultiplyAdd(V.Load(ref r0, j), x0, a0);
                a1 = V.MultiplyAdd(V.Load(ref r1, j), x0, a1);
                a2 = V.MultiplyAdd(V.Load(ref r2, j), x0, a2);
                a3 = V.MultiplyAdd(V.Load(ref r3, j), x0, a3);
            }

            if (hasTail)
            {
                c0 = V.MultiplyAdd(V.And(V.Load(ref r0, tail), mask), xTail, c0);
                c1 = V.MultiplyAdd(V.And(V.Load(ref r1, tail), mask), xTail, c1);
                c2 = V.MultiplyAdd(V.And(V.Load(ref r2, tail), mask), xTail, c2);
                c3 = V.MultiplyAdd(V.And(V.Load(ref r3, tail), mask), xTail, c3);
            }

            V.StoreSums(V.Add(a0, c0), V.Add(a1, c1), V.Add(a2, c2), V.Add(a3, c3), ref Unsafe.Add(ref bRef, k), ref Unsafe.Add(ref zRef, k));
        }

        for (; k < outputs; k++)
        {
            ref T r0 = ref Unsafe.Add(ref wRef, (nint)k * inputs);
            TV a0 = V.Zero, c0 = V.Zero;
            nint j = 0;
            for (; j < pairs; j += 2 * n)
            {
                a0 = V.MultiplyAdd(V.Load(ref r0, j), V.Load(ref xRef, j), a0);
                c0 = V.MultiplyAdd(V.Load(ref r0, j + n), V.Load(ref xRef, j + n), c0);
            }

            if (j < whole)
            {
                a0 = V.MultiplyAdd(V.Load(ref r0, j), V.Load(ref xRef, j), a0);
            }

            if (hasTail)
            {
                c0 = V.MultiplyAdd(V.And(V.Load(ref r0, tail), mask), xTail, c0);
            }

            Unsafe.Add(ref zRef, k) = Unsafe.Add(ref bRef, k) + V.Sum(V.Add(a0, c0));
        }
    }

    /// <summary>y += alpha x, elementwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static void MultiplyAdd<T>(T alpha, ReadOnlySpan<T> x, Span<T> y)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<T>.Count)
        {
            ReadOnlySpan<Vector<T>> vx = MemoryMarshal.Cast<T, Vector<T>>(x);
            Span<Vector<T>> vy = MemoryMarshal.Cast<T, Vector<T>>(y.Slice(0, x.Length));
            var va = new Vector<T>(alpha);
            for (int v = 0; v < vx.Length; v++)
            {
                vy[v] += va * vx[v];
            }

            i = vx.Length * Vector<T>.Count;
        }

        for (; i < x.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }

    /// <summary>
    /// h = g(z) elementwise, a SIMD vector at a time for every activation but softplus (sigmoid, tanh and SiLU 512 bits
    /// at a time where AVX-512 is there, <see cref="VectorMath512"/>). ReLU and leaky ReLU select
    /// on z &gt; 0 exactly as the scalar form does (so NaN maps to 0, as there).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Activate<T>(Activation activation, ReadOnlySpan<T> z, Span<T> h)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (h.Length < z.Length)
        {
            throw new ArgumentException("h is shorter than z.");
        }

        int i = 0;
        if (Vector256.IsHardwareAccelerated && activation is Activation.Identity or Activation.ReLU or Activation.LeakyReLU)
        {
            int lanes = Vector256<T>.Count;
            ref T zRef = ref MemoryMarshal.GetReference(z);
            ref T hRef = ref MemoryMarshal.GetReference(h);
            Vector256<T> leak = Vector256.Create(activation == Activation.LeakyReLU ? T.CreateTruncating(0.01) : T.Zero);
            for (; i + lanes <= z.Length; i += lanes)
            {
                Vector256<T> zi = Vector256.LoadUnsafe(ref zRef, (nuint)i);
                Vector256<T> g = activation == Activation.Identity
                    ? zi
                    : Vector256.ConditionalSelect(Vector256.GreaterThan(zi, Vector256<T>.Zero), zi, activation == Activation.ReLU ? Vector256<T>.Zero : leak * zi);
                g.StoreUnsafe(ref hRef, (nuint)i);
            }
        }
        else if (activation is Activation.Sigmoid or Activation.Tanh or Activation.SiLU)
        {
            if (Vector512.IsHardwareAccelerated)
            {
                i = typeof(T) == typeof(float)
                    ? Activate512(activation, MemoryMarshal.Cast<T, float>(z), MemoryMarshal.Cast<T, float>(h))
                    : Activate512(activation, MemoryMarshal.Cast<T, double>(z), MemoryMarshal.Cast<T, double>(h));
            }

            int lanes = Vector256<T>.Count;
            for (; i + lanes <= z.Length; i += lanes)
            {
                Vector256<T> zi = Vector256.Create(z.Slice(i, lanes));
                Vector256<T> g = activation == Activation.Tanh ? Tanh(zi) : Sigmoid(zi);
                if (activation == Activation.SiLU)
                {
                    g *= zi;
                }

                g.CopyTo(h.Slice(i, lanes));
            }
        }

        for (; i < z.Length; i++)
        {
            h[i] = Scalar(activation, z[i]);
        }
    }

    /// <summary>
    /// delta_j *= g'(z_j), with g' written from the kept h where that is cheaper (sigmoid, tanh); a 256-bit vector at a
    /// time except for softplus and SiLU. The factors are the scalar form's exactly (a multiply by 1 or 0 for ReLU, so
    /// a NaN delta stays NaN).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static void MultiplyByDerivative<T>(Activation activation, ReadOnlySpan<T> z, ReadOnlySpan<T> h, Span<T> delta)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (z.Length < delta.Length || h.Length < delta.Length)
        {
            throw new ArgumentException("z or h is shorter than delta.");
        }

        T one = T.One;
        T leak = T.CreateTruncating(0.01);
        int j = 0;
        if (Vector256.IsHardwareAccelerated && activation is not (Activation.Softplus or Activation.SiLU))
        {
            int lanes = Vector256<T>.Count;
            ref T zRef = ref MemoryMarshal.GetReference(z);
            ref T hRef = ref MemoryMarshal.GetReference(h);
            ref T dRef = ref MemoryMarshal.GetReference(delta);
            Vector256<T> ones = Vector256<T>.One;
            Vector256<T> below = Vector256.Create(activation == Activation.LeakyReLU ? leak : T.Zero);
            for (; j + lanes <= delta.Length; j += lanes)
            {
                Vector256<T> factor;
                if (activation == Activation.Sigmoid)
                {
                    Vector256<T> hj = Vector256.LoadUnsafe(ref hRef, (nuint)j);
                    factor = hj * (ones - hj);
                }
                else if (activation == Activation.Tanh)
                {
                    Vector256<T> hj = Vector256.LoadUnsafe(ref hRef, (nuint)j);
                    factor = ones - (hj * hj);
                }
                else if (activation == Activation.Identity)
                {
                    factor = ones;
                }
                else
                {
                    Vector256<T> zj = Vector256.LoadUnsafe(ref zRef, (nuint)j);
                    factor = Vector256.ConditionalSelect(Vector256.GreaterThan(zj, Vector256<T>.Zero), ones, below);
                }

                (Vector256.LoadUnsafe(ref dRef, (nuint)j) * factor).StoreUnsafe(ref dRef, (nuint)j);
            }
        }

        for (; j < delta.Length; j++)
        {
            delta[j] *= activation switch
            {
                Activation.Identity => one,
                Activation.Sigmoid => h[j] * (one - h[j]),
                Activation.Tanh => one - (h[j] * h[j]),
                Activation.ReLU => z[j] > T.Zero ? one : T.Zero,
                Activation.LeakyReLU => z[j] > T.Zero ? one : leak,
                Activation.Softplus => ScalarSigmoid(z[j]),
                _ => SiLUDerivative(z[j]),
            };
        }
    }

    /// <summary>
    /// result = W^T delta: result_j = sum_k delta_k w_kj over the rows k of the row-major W (w_kj at k * inputs + j).
    /// Column-blocked: a strip of four vectors of result stays in registers while the rows of W stream past, each
    /// delta_k broadcast once and fused-multiply-added into the strip (one load of W per FMA, no load or store of result
    /// inside the loop); even and odd rows feed separate accumulators, so eight FMA chains are in flight. The strip
    /// narrows from 512 to 256 and 128 bits and then to single columns for what is left of a row.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static void TransposedMultiply<T>(ReadOnlySpan<T> w, ReadOnlySpan<T> delta, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int inputs = result.Length;
        if (w.Length != inputs * delta.Length)
        {
            throw new ArgumentException("The shapes of W, delta and the result do not agree.");
        }

        int j = 0;
        if (Simd512<T>.IsAccelerated)
        {
            j = TransposedColumns<T, Vector512<T>, Simd512<T>>(w, delta, result, j);
        }

        if (Simd256<T>.IsAccelerated)
        {
            j = TransposedColumns<T, Vector256<T>, Simd256<T>>(w, delta, result, j);
        }

        if (Simd128<T>.IsAccelerated)
        {
            j = TransposedColumns<T, Vector128<T>, Simd128<T>>(w, delta, result, j);
        }

        TransposedColumns<T, T, Scalar<T>>(w, delta, result, j);
    }

    /// <summary>TransposedMultiply for the columns from <paramref name="j"/> on that fill whole vectors; returns where it stopped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int TransposedColumns<T, TV, V>(ReadOnlySpan<T> w, ReadOnlySpan<T> delta, Span<T> result, int j)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TV : struct
        where V : struct, ISimdOps<TV, T>
    {
        int inputs = result.Length;
        int outputs = delta.Length;
        int n = V.Count;
        ref T wRef = ref MemoryMarshal.GetReference(w);
        ref T dRef = ref MemoryMarshal.GetReference(delta);
        ref T rRef = ref MemoryMarshal.GetReference(result);
        for (; j + (4 * n) <= inputs; j += 4 * n)
        {
            TV a0 = V.Zero, a1 = V.Zero, a2 = V.Zero, a3 = V.Zero;
            TV c0 = V.Zero, c1 = V.Zero, c2 = V.Zero, c3 = V.Zero;
            ref T row = ref Unsafe.Add(ref wRef, j);
            int k = 0;
            for (; k + 2 <= outputs; k += 2)
            {
                TV d = V.Broadcast(Unsafe.Add(ref dRef, k));
                TV e = V.Broadcast(Unsafe.Add(ref dRef, k + 1));
                ref T next = ref Unsafe.Add(ref row, inputs);
                a0 = V.MultiplyAdd(d, V.Load(ref row, 0), a0);
                a1 = V.MultiplyAdd(d, V.Load(ref row, n), a1);
                a2 = V.MultiplyAdd(d, V.Load(ref row, 2 * n), a2);
                a3 = V.MultiplyAdd(d, V.Load(ref row, 3 * n), a3);
                c0 = V.MultiplyAdd(e, V.Load(ref next, 0), c0);
                c1 = V.MultiplyAdd(e, V.Load(ref next, n), c1);
                c2 = V.MultiplyAdd(e, V.Load(ref next, 2 * n), c2);
                c3 = V.MultiplyAdd(e, V.Load(ref next, 3 * n), c3);
                row = ref Unsafe.Add(ref next, inputs);
            }

            if (k < outputs)
            {
                TV d = V.Broadcast(Unsafe.Add(ref dRef, k));
                a0 = V.MultiplyAdd(d, V.Load(ref row, 0), a0);
                a1 = V.MultiplyAdd(d, V.Load(ref row, n), a1);
                a2 = V.MultiplyAdd(d, V.Load(ref row, 2 * n), a2);
                a3 = V.MultiplyAdd(d, V.Load(ref row, 3 * n), a3);
            }

            V.Store(V.Add(a0, c0), ref rRef, j);
            V.Store(V.Add(a1, c1), ref rRef, j + n);
            V.Store(V.Add(a2, c2), ref rRef, j + (2 * n));
            V.Store(V.Add(a3, c3), ref rRef, j + (3 * n));
        }

        for (; j + n <= inputs; j += n)
        {
            TV a0 = V.Zero, c0 = V.Zero;
            ref T row = ref Unsafe.Add(ref wRef, j);
            int k = 0;
            for (; k + 2 <= outputs; k += 2)
            {
                a0 = V.MultiplyAdd(V.Broadcast(Unsafe.Add(ref dRef, k)), V.Load(ref row, 0), a0);
                c0 = V.MultiplyAdd(V.Broadcast(Unsafe.Add(ref dRef, k + 1)), V.Load(ref row, inputs), c0);
                row = ref Unsafe.Add(ref row, 2 * inputs);
            }

            if (k < outputs)
            {
                a0 = V.MultiplyAdd(V.Broadcast(Unsafe.Add(ref dRef, k)), V.Load(ref row, 0), a0);
            }

            V.Store(V.Add(a0, c0), ref rRef, j);
        }

        return j;
    }

    /// <summary>
    /// dLoss/dW += delta h^T and dLoss/db += delta: g_kj += delta_k h_j (g_kj at k * inputs + j), g_k += delta_k.
    /// Column-blocked like <see cref="TransposedMultiply{T}"/>: a strip of h stays in registers while the rows of the
    /// gradient stream past (one load, one FMA, one store per vector), and rows whose delta_k is zero (inactive ReLU
    /// units) are skipped, which is exact: they would add 0 h_j.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static void AccumulateOuter<T>(ReadOnlySpan<T> delta, ReadOnlySpan<T> h, Span<T> gradientW, Span<T> gradientB)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int outputs = delta.Length;
        if (gradientW.Length != h.Length * outputs || gradientB.Length != outputs)
        {
            throw new ArgumentException("The shapes of delta, h and the gradients do not agree.");
        }

        for (int first = 0; first < outputs; first += RowGroup)
        {
            RowUpdate<T>(NonZeroRows(delta, first), first, delta, T.One, h, gradientW, Span<T>.Empty);
        }

        MultiplyAdd(T.One, delta, gradientB);
    }

    /// <summary>
    /// The fused SGD step of one layer in one pass over W: below_j = sum_k delta_k w_kj from the old W (delta(l) before
    /// g'), then w_kj -= eta delta_k h_j and b_k -= eta delta_k. <paramref name="below"/> may be empty (first layer).
    /// Column-blocked: for a strip of four vectors of columns (then two, then one), h and the strip of below stay in
    /// registers while the rows stream past; each vector of W is loaded once, feeds one FMA into below and one FMA for
    /// its update, and is stored once. Rows with delta_k = 0 (inactive ReLU units) are skipped, which is exact: they
    /// change nothing; the rows left are the set bits of a mask built with vector compares.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static void BackpropAndUpdate<T>(Span<T> w, Span<T> b, ReadOnlySpan<T> delta, ReadOnlySpan<T> h, Span<T> below, T learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int outputs = delta.Length;
        if (w.Length != h.Length * outputs || b.Length != outputs || (!below.IsEmpty && below.Length != h.Length))
        {
            throw new ArgumentException("The shapes of W, b, delta, h and below do not agree.");
        }

        below.Clear();
        for (int first = 0; first < outputs; first += RowGroup)
        {
            RowUpdate<T>(NonZeroRows(delta, first), first, delta, -learningRate, h, w, below);
        }

        // b_k -= eta delta_k, as b_k + (-eta) delta_k: the same product and sum, rounded the same way
        MultiplyAdd(-learningRate, delta, b);
    }

    /// <summary>Rows handled per pass of the column strips: one bit each in a ulong.</summary>
    private const int RowGroup = 64;

    /// <summary>
    /// Bit i set for each k = first + i in [first, first + RowGroup) with delta_k != 0 (NaN included, as the scalar
    /// test has it), from vector compares: no list of indices to build and no stack buffer to clear.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong NonZeroRows<T>(ReadOnlySpan<T> delta, int first)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int end = Math.Min(delta.Length, first + RowGroup);
        ref T dRef = ref MemoryMarshal.GetReference(delta);
        ulong rows = 0;
        int k = first;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; k + Vector512<T>.Count <= end; k += Vector512<T>.Count)
            {
                ulong zero = Vector512.Equals(Vector512.LoadUnsafe(ref dRef, (nuint)k), Vector512<T>.Zero).ExtractMostSignificantBits();
                rows |= (~zero & (ulong.MaxValue >> (64 - Vector512<T>.Count))) << (k - first);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            for (; k + Vector256<T>.Count <= end; k += Vector256<T>.Count)
            {
                ulong zero = Vector256.Equals(Vector256.LoadUnsafe(ref dRef, (nuint)k), Vector256<T>.Zero).ExtractMostSignificantBits();
                rows |= (~zero & (ulong.MaxValue >> (64 - Vector256<T>.Count))) << (k - first);
            }
        }

        for (; k < end; k++)
        {
            rows |= (Unsafe.Add(ref dRef, k) != T.Zero ? 1UL : 0UL) << (k - first);
        }

        return rows;
    }

    /// <summary>
    /// For the rows k = first + i with bit i of <paramref name="rows"/> set: below += delta_k w_k (before the update,
    /// skipped when below is empty), then w_k += scale delta_k h. AccumulateOuter passes the gradient as w with scale 1;
    /// the SGD step passes W and -eta.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RowUpdate<T>(ulong rows, int first, ReadOnlySpan<T> delta, T scale, ReadOnlySpan<T> h, Span<T> w, Span<T> below)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (rows == 0)
        {
            return;
        }

        int j = 0;
        if (Simd512<T>.IsAccelerated)
        {
            j = RowUpdateColumns<T, Vector512<T>, Simd512<T>>(rows, first, delta, scale, h, w, below, j);
        }

        if (Simd256<T>.IsAccelerated)
        {
            j = RowUpdateColumns<T, Vector256<T>, Simd256<T>>(rows, first, delta, scale, h, w, below, j);
        }

        if (Simd128<T>.IsAccelerated)
        {
            j = RowUpdateColumns<T, Vector128<T>, Simd128<T>>(rows, first, delta, scale, h, w, below, j);
        }

        RowUpdateColumns<T, T, Scalar<T>>(rows, first, delta, scale, h, w, below, j);
    }

    /// <summary>RowUpdate for the columns from <paramref name="j"/> on that fill whole vectors; returns where it stopped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int RowUpdateColumns<T, TV, V>(ulong rows, int first, ReadOnlySpan<T> delta, T scale, ReadOnlySpan<T> h, Span<T> w, Span<T> below, int j)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TV : struct
        where V : struct, ISimdOps<TV, T>
    {
        int inputs = h.Length;
        int n = V.Count;
        bool backprop = !below.IsEmpty; // the first layer has no delta below it: no W^T delta FMAs at all
        ref T wRef = ref MemoryMarshal.GetReference(w);
        ref T hRef = ref MemoryMarshal.GetReference(h);
        ref T dRef = ref MemoryMarshal.GetReference(delta);
        ref T belowRef = ref MemoryMarshal.GetReference(below);
        for (; j + (4 * n) <= inputs; j += 4 * n)
        {
            TV h0 = V.Load(ref hRef, j), h1 = V.Load(ref hRef, j + n), h2 = V.Load(ref hRef, j + (2 * n)), h3 = V.Load(ref hRef, j + (3 * n));
            TV a0 = V.Zero, a1 = V.Zero, a2 = V.Zero, a3 = V.Zero;
            for (ulong left = rows; left != 0; left &= left - 1)
            {
                int k = first + BitOperations.TrailingZeroCount(left);
                T dk = Unsafe.Add(ref dRef, k);
                TV d = V.Broadcast(dk);
                TV s = V.Broadcast(scale * dk);
                ref T row = ref Unsafe.Add(ref wRef, ((nint)k * inputs) + j);
                TV w0 = V.Load(ref row, 0), w1 = V.Load(ref row, n), w2 = V.Load(ref row, 2 * n), w3 = V.Load(ref row, 3 * n);
                if (backprop)
                {
                    a0 = V.MultiplyAdd(d, w0, a0);
                    a1 = V.MultiplyAdd(d, w1, a1);
                    a2 = V.MultiplyAdd(d, w2, a2);
                    a3 = V.MultiplyAdd(d, w3, a3);
                }

                V.Store(V.MultiplyAdd(s, h0, w0), ref row, 0);
                V.Store(V.MultiplyAdd(s, h1, w1), ref row, n);
                V.Store(V.MultiplyAdd(s, h2, w2), ref row, 2 * n);
                V.Store(V.MultiplyAdd(s, h3, w3), ref row, 3 * n);
            }

            if (backprop)
            {
                V.Store(V.Add(V.Load(ref belowRef, j), a0), ref belowRef, j);
                V.Store(V.Add(V.Load(ref belowRef, j + n), a1), ref belowRef, j + n);
                V.Store(V.Add(V.Load(ref belowRef, j + (2 * n)), a2), ref belowRef, j + (2 * n));
                V.Store(V.Add(V.Load(ref belowRef, j + (3 * n)), a3), ref belowRef, j + (3 * n));
            }
        }

        if (j + (2 * n) <= inputs)
        {
            // A strip of two vectors (e.g. 32 float columns in 512-bit vectors): one pass over the rows, two FMA chains.
            TV h0 = V.Load(ref hRef, j), h1 = V.Load(ref hRef, j + n);
            TV a0 = V.Zero, a1 = V.Zero;
            for (ulong left = rows; left != 0; left &= left - 1)
            {
                int k = first + BitOperations.TrailingZeroCount(left);
                T dk = Unsafe.Add(ref dRef, k);
                TV s = V.Broadcast(scale * dk);
                ref T row = ref Unsafe.Add(ref wRef, ((nint)k * inputs) + j);
                TV w0 = V.Load(ref row, 0), w1 = V.Load(ref row, n);
                if (backprop)
                {
                    TV d = V.Broadcast(dk);
                    a0 = V.MultiplyAdd(d, w0, a0);
                    a1 = V.MultiplyAdd(d, w1, a1);
                }

                V.Store(V.MultiplyAdd(s, h0, w0), ref row, 0);
                V.Store(V.MultiplyAdd(s, h1, w1), ref row, n);
            }

            if (backprop)
            {
                V.Store(V.Add(V.Load(ref belowRef, j), a0), ref belowRef, j);
                V.Store(V.Add(V.Load(ref belowRef, j + n), a1), ref belowRef, j + n);
            }

            j += 2 * n;
        }

        for (; j + n <= inputs; j += n)
        {
            TV h0 = V.Load(ref hRef, j);
            TV a0 = V.Zero;
            for (ulong left = rows; left != 0; left &= left - 1)
            {
                int k = first + BitOperations.TrailingZeroCount(left);
                T dk = Unsafe.Add(ref dRef, k);
                ref T row = ref Unsafe.Add(ref wRef, ((nint)k * inputs) + j);
                TV w0 = V.Load(ref row, 0);
                if (backprop)
                {
                    a0 = V.MultiplyAdd(V.Broadcast(dk), w0, a0);
                }

                V.Store(V.MultiplyAdd(V.Broadcast(scale * dk), h0, w0), ref row, 0);
            }

            if (backprop)
            {
                V.Store(V.Add(V.Load(ref belowRef, j), a0), ref belowRef, j);
            }
        }

        return j;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T Scalar<T>(Activation activation, T z)
        where T : unmanaged, IFloatingPointIeee754<T> => activation switch
        {
            Activation.Identity => z,
            Activation.Sigmoid => ScalarSigmoid(z),
            Activation.Tanh => T.Tanh(z),
            Activation.ReLU => z > T.Zero ? z : T.Zero,
            Activation.LeakyReLU => z > T.Zero ? z : T.CreateTruncating(0.01) * z,
            Activation.Softplus => T.Max(z, T.Zero) + T.Log(T.One + T.Exp(-T.Abs(z))),
            _ => z * ScalarSigmoid(z),
        };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T ScalarSigmoid<T>(T z)
        where T : unmanaged, IFloatingPointIeee754<T> => T.One / (T.One + T.Exp(-z));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T SiLUDerivative<T>(T z)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T s = ScalarSigmoid(z);
        return s * (T.One + (z * (T.One - s)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Vector256<T> Tanh<T>(Vector256<T> z)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            return VectorMath.Tanh(z.AsSingle()).As<float, T>();
        }

        return VectorMath.Tanh(z.AsDouble()).As<double, T>();
    }

    /// <summary>Sigmoid, tanh or SiLU over the whole 512-bit vectors of z; returns how many elements it did.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Activate512(Activation activation, ReadOnlySpan<float> z, Span<float> h)
    {
        ref float zRef = ref MemoryMarshal.GetReference(z);
        ref float hRef = ref MemoryMarshal.GetReference(h);
        int i = 0;
        for (; i + 16 <= z.Length; i += 16)
        {
            Vector512<float> zi = Vector512.LoadUnsafe(ref zRef, (nuint)i);
            Vector512<float> g = activation switch
            {
                Activation.Tanh => VectorMath512.Tanh(zi),
                Activation.Sigmoid => VectorMath512.Sigmoid(zi),
                _ => VectorMath512.Sigmoid(zi) * zi,
            };
            g.StoreUnsafe(ref hRef, (nuint)i);
        }

        return i;
    }

    /// <inheritdoc cref="Activate512(Activation, ReadOnlySpan{float}, Span{float})"/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Activate512(Activation activation, ReadOnlySpan<double> z, Span<double> h)
    {
        ref double zRef = ref MemoryMarshal.GetReference(z);
        ref double hRef = ref MemoryMarshal.GetReference(h);
        int i = 0;
        for (; i + 8 <= z.Length; i += 8)
        {
            Vector512<double> zi = Vector512.LoadUnsafe(ref zRef, (nuint)i);
            Vector512<double> g = activation switch
            {
                Activation.Tanh => VectorMath512.Tanh(zi),
                Activation.Sigmoid => VectorMath512.Sigmoid(zi),
                _ => VectorMath512.Sigmoid(zi) * zi,
            };
            g.StoreUnsafe(ref hRef, (nuint)i);
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Vector256<T> Sigmoid<T>(Vector256<T> z)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            return VectorMath.Sigmoid(z.AsSingle()).As<float, T>();
        }

        return VectorMath.Sigmoid(z.AsDouble()).As<double, T>();
    }
}
