using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime;

/// <summary>
/// The operations on one SIMD register's worth of T, as a type parameter: the kernels of <see cref="DenseKernels"/> and
/// <see cref="LaneKernels"/> are written once, generic over the vector type <typeparamref name="TVector"/> (Vector512,
/// Vector256, Vector128 of T, or T itself for the last columns) and over a struct implementing this interface, and the
/// JIT compiles a copy per width. The kernels hold the vectors themselves, not a wrapper struct: a wrapper made the JIT
/// copy every accumulator after each FMA and stop folding loads and broadcasts into the FMA (checked with JitDisasm).
/// </summary>
internal interface ISimdOps<TVector, T>
    where TVector : struct
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Lanes in one vector.</summary>
    static abstract int Count { get; }

    /// <summary>Whether this width runs on SIMD hardware here (always true for the scalar width).</summary>
    static abstract bool IsAccelerated { get; }

    static abstract TVector Zero { get; }

    static abstract TVector Broadcast(T value);

    static abstract TVector Load(ref T source, nint offset);

    static abstract void Store(TVector value, ref T destination, nint offset);

    /// <summary>a * b + c, fused (one rounding) where the CPU has FMA.</summary>
    static abstract TVector MultiplyAdd(TVector a, TVector b, TVector c);

    static abstract TVector Add(TVector a, TVector b);

    /// <summary>A mask that keeps the lanes from <paramref name="skip"/> on, for <see cref="And"/>.</summary>
    static abstract TVector KeepFrom(int skip);

    /// <summary>The lanes of <paramref name="value"/> where <paramref name="mask"/> is set, zero elsewhere (bitwise, so exact).</summary>
    static abstract TVector And(TVector value, TVector mask);

    /// <summary>destination[i] = bias[i] + (sum of the lanes of the i-th vector), i = 0..3.</summary>
    static abstract void StoreSums(TVector a, TVector b, TVector c, TVector d, ref T bias, ref T destination);

    /// <summary>destination[i] = bias[i] + (sum of the lanes of a_i), i = 0..7.</summary>
    static abstract void StoreSums8(TVector a0, TVector a1, TVector a2, TVector a3, TVector a4, TVector a5, TVector a6, TVector a7, ref T bias, ref T destination);

    /// <summary>The sum of the lanes.</summary>
    static abstract T Sum(TVector value);
}

/// <summary>512-bit vectors: 16 floats or 8 doubles.</summary>
internal readonly struct Simd512<T> : ISimdOps<Vector512<T>, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static int Count => Vector512<T>.Count;

    public static bool IsAccelerated => Vector512.IsHardwareAccelerated && Vector512<T>.IsSupported;

    public static Vector512<T> Zero => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Broadcast(T value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Load(ref T source, nint offset) => Vector512.LoadUnsafe(ref Unsafe.Add(ref source, offset));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector512<T> value, ref T destination, nint offset) => value.StoreUnsafe(ref Unsafe.Add(ref destination, offset));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> MultiplyAdd(Vector512<T> a, Vector512<T> b, Vector512<T> c)
    {
        if (Avx512F.IsSupported)
        {
            if (typeof(T) == typeof(float))
            {
                return Avx512F.FusedMultiplyAdd(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>();
            }

            if (typeof(T) == typeof(double))
            {
                return Avx512F.FusedMultiplyAdd(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();
            }
        }

        return (a * b) + c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Add(Vector512<T> a, Vector512<T> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> KeepFrom(int skip) =>
        Vector512.LoadUnsafe(ref TailMasks.From(skip * Unsafe.SizeOf<T>())).As<byte, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> And(Vector512<T> value, Vector512<T> mask) => value & mask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreSums(Vector512<T> a, Vector512<T> b, Vector512<T> c, Vector512<T> d, ref T bias, ref T destination) =>
        Simd128<T>.StoreSums(Fold(a), Fold(b), Fold(c), Fold(d), ref bias, ref destination);

    /// <summary>
    /// Eight accumulators reduced together for floats on AVX-512: three rounds of 128-bit block shuffles and adds halve
    /// the vectors and pair the rows (8 x 16 lanes -> 4 x (2 rows x 8) -> 2 x (4 rows x 4)), then two in-block rounds
    /// leave each row's sum in one lane, and one permute gathers the eight sums for a single 256-bit add of the biases
    /// and store: about 27 instructions where two four-row reductions take about 54. Other element types or hardware
    /// reduce as two groups of four.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreSums8(Vector512<T> a0, Vector512<T> a1, Vector512<T> a2, Vector512<T> a3, Vector512<T> a4, Vector512<T> a5, Vector512<T> a6, Vector512<T> a7, ref T bias, ref T destination)
    {
        if (Avx512F.IsSupported && typeof(T) == typeof(float))
        {
            Vector512<float> s01 = Pair(a0.AsSingle(), a1.AsSingle());
            Vector512<float> s23 = Pair(a2.AsSingle(), a3.AsSingle());
            Vector512<float> s45 = Pair(a4.AsSingle(), a5.AsSingle());
            Vector512<float> s67 = Pair(a6.AsSingle(), a7.AsSingle());

            // Block i of q0123 (q4567) holds four partial sums of row i (row 4 + i).
            Vector512<float> q0123 = Avx512F.Shuffle4x128(s01, s23, 0b10_00_10_00) + Avx512F.Shuffle4x128(s01, s23, 0b11_01_11_01);
            Vector512<float> q4567 = Avx512F.Shuffle4x128(s45, s67, 0b10_00_10_00) + Avx512F.Shuffle4x128(s45, s67, 0b11_01_11_01);

            // Per block i: (row i, row 4 + i, row i, row 4 + i) as two partial sums each, then one.
            Vector512<float> mixed = Avx512F.UnpackLow(q0123, q4567) + Avx512F.UnpackHigh(q0123, q4567);
            Vector512<float> sums = mixed + Avx512F.Shuffle(mixed, mixed, 0b01_00_11_10);

            // Lanes 0 and 1 of block i are the sums of rows i and 4 + i.
            Vector256<float> rows = Vector512.Shuffle(sums, Vector512.Create(0, 4, 8, 12, 1, 5, 9, 13, 0, 0, 0, 0, 0, 0, 0, 0)).GetLower();
            (rows + Vector256.LoadUnsafe(ref Unsafe.As<T, float>(ref bias))).StoreUnsafe(ref Unsafe.As<T, float>(ref destination));
            return;
        }

        StoreSums(a0, a1, a2, a3, ref bias, ref destination);
        StoreSums(a4, a5, a6, a7, ref Unsafe.Add(ref bias, 4), ref Unsafe.Add(ref destination, 4));
    }

    /// <summary>The two 256-bit halves of a and of b added: blocks (a0 + a2, a1 + a3, b0 + b2, b1 + b3).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Pair(Vector512<float> a, Vector512<float> b) =>
        Avx512F.Shuffle4x128(a, b, 0b01_00_01_00) + Avx512F.Shuffle4x128(a, b, 0b11_10_11_10);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(Vector512<T> value) => Vector512.Sum(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<T> Fold(Vector512<T> v)
    {
        Vector256<T> half = v.GetLower() + v.GetUpper();
        return half.GetLower() + half.GetUpper();
    }
}

/// <summary>256-bit vectors: 8 floats or 4 doubles.</summary>
internal readonly struct Simd256<T> : ISimdOps<Vector256<T>, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static int Count => Vector256<T>.Count;

    public static bool IsAccelerated => Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported;

    public static Vector256<T> Zero => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Broadcast(T value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Load(ref T source, nint offset) => Vector256.LoadUnsafe(ref Unsafe.Add(ref source, offset));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256<T> value, ref T destination, nint offset) => value.StoreUnsafe(ref Unsafe.Add(ref destination, offset));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> MultiplyAdd(Vector256<T> a, Vector256<T> b, Vector256<T> c)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Add(Vector256<T> a, Vector256<T> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> KeepFrom(int skip) =>
        Vector256.LoadUnsafe(ref TailMasks.From(skip * Unsafe.SizeOf<T>())).As<byte, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> And(Vector256<T> value, Vector256<T> mask) => value & mask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreSums(Vector256<T> a, Vector256<T> b, Vector256<T> c, Vector256<T> d, ref T bias, ref T destination) =>
        Simd128<T>.StoreSums(Fold(a), Fold(b), Fold(c), Fold(d), ref bias, ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreSums8(Vector256<T> a0, Vector256<T> a1, Vector256<T> a2, Vector256<T> a3, Vector256<T> a4, Vector256<T> a5, Vector256<T> a6, Vector256<T> a7, ref T bias, ref T destination)
    {
        StoreSums(a0, a1, a2, a3, ref bias, ref destination);
        StoreSums(a4, a5, a6, a7, ref Unsafe.Add(ref bias, 4), ref Unsafe.Add(ref destination, 4));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(Vector256<T> value) => Vector256.Sum(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<T> Fold(Vector256<T> v) => v.GetLower() + v.GetUpper();
}

/// <summary>128-bit vectors: 4 floats or 2 doubles.</summary>
internal readonly struct Simd128<T> : ISimdOps<Vector128<T>, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static int Count => Vector128<T>.Count;

    public static bool IsAccelerated => Vector128.IsHardwareAccelerated && Vector128<T>.IsSupported;

    public static Vector128<T> Zero => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Broadcast(T value) => Vector128.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Load(ref T source, nint offset) => Vector128.LoadUnsafe(ref Unsafe.Add(ref source, offset));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector128<T> value, ref T destination, nint offset) => value.StoreUnsafe(ref Unsafe.Add(ref destination, offset));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> MultiplyAdd(Vector128<T> a, Vector128<T> b, Vector128<T> c)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Add(Vector128<T> a, Vector128<T> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> KeepFrom(int skip) =>
        Vector128.LoadUnsafe(ref TailMasks.From(skip * Unsafe.SizeOf<T>())).As<byte, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> And(Vector128<T> value, Vector128<T> mask) => value & mask;

    /// <summary>Reduces four accumulators together: two rounds of horizontal adds give the four sums in one vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreSums(Vector128<T> a, Vector128<T> b, Vector128<T> c, Vector128<T> d, ref T bias, ref T destination)
    {
        if (Sse3.IsSupported && typeof(T) == typeof(float))
        {
            Vector128<float> ab = Sse3.HorizontalAdd(a.AsSingle(), b.AsSingle());
            Vector128<float> cd = Sse3.HorizontalAdd(c.AsSingle(), d.AsSingle());
            Vector128<float> sums = Sse3.HorizontalAdd(ab, cd) + Vector128.LoadUnsafe(ref Unsafe.As<T, float>(ref bias));
            sums.StoreUnsafe(ref Unsafe.As<T, float>(ref destination));
            return;
        }

        if (Sse3.IsSupported && typeof(T) == typeof(double))
        {
            Vector128<double> ab = Sse3.HorizontalAdd(a.AsDouble(), b.AsDouble()) + Vector128.LoadUnsafe(ref Unsafe.As<T, double>(ref bias));
            Vector128<double> cd = Sse3.HorizontalAdd(c.AsDouble(), d.AsDouble()) + Vector128.LoadUnsafe(ref Unsafe.As<T, double>(ref bias), 2);
            ab.StoreUnsafe(ref Unsafe.As<T, double>(ref destination));
            cd.StoreUnsafe(ref Unsafe.As<T, double>(ref destination), 2);
            return;
        }

        Scalar<T>.StoreSums(Sum(a), Sum(b), Sum(c), Sum(d), ref bias, ref destination);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreSums8(Vector128<T> a0, Vector128<T> a1, Vector128<T> a2, Vector128<T> a3, Vector128<T> a4, Vector128<T> a5, Vector128<T> a6, Vector128<T> a7, ref T bias, ref T destination)
    {
        StoreSums(a0, a1, a2, a3, ref bias, ref destination);
        StoreSums(a4, a5, a6, a7, ref Unsafe.Add(ref bias, 4), ref Unsafe.Add(ref destination, 4));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(Vector128<T> value) => Vector128.Sum(value);
}

/// <summary>One lane: the same kernels, run on T itself for the columns that no vector covers.</summary>
internal readonly struct Scalar<T> : ISimdOps<T, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static int Count => 1;

    public static bool IsAccelerated => true;

    public static T Zero => T.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Broadcast(T value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Load(ref T source, nint offset) => Unsafe.Add(ref source, offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(T value, ref T destination, nint offset) => Unsafe.Add(ref destination, offset) = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T MultiplyAdd(T a, T b, T c) => (a * b) + c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Add(T a, T b) => a + b;

    /// <summary>Never needed (one lane always fills), but defined: 1 keeps the lane, 0 drops it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T KeepFrom(int skip) => skip > 0 ? T.Zero : T.One;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T And(T value, T mask) => mask == T.Zero ? T.Zero : value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreSums(T a, T b, T c, T d, ref T bias, ref T destination)
    {
        destination = bias + a;
        Unsafe.Add(ref destination, 1) = Unsafe.Add(ref bias, 1) + b;
        Unsafe.Add(ref destination, 2) = Unsafe.Add(ref bias, 2) + c;
        Unsafe.Add(ref destination, 3) = Unsafe.Add(ref bias, 3) + d;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreSums8(T a0, T a1, T a2, T a3, T a4, T a5, T a6, T a7, ref T bias, ref T destination)
    {
        StoreSums(a0, a1, a2, a3, ref bias, ref destination);
        StoreSums(a4, a5, a6, a7, ref Unsafe.Add(ref bias, 4), ref Unsafe.Add(ref destination, 4));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(T value) => value;
}

/// <summary>
/// 64 zero bytes then 64 bytes of ones: the vector loaded at byte 64 - b has its first b bytes zero and the rest set,
/// which is the mask that keeps the lanes past the first b bytes of a row's last, overlapping vector.
/// </summary>
internal static class TailMasks
{
    private static ReadOnlySpan<byte> Table =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    ];

    /// <summary>The table from byte 64 - <paramref name="zeroBytes"/> on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref byte From(int zeroBytes) => ref Unsafe.Add(ref MemoryMarshal.GetReference(Table), 64 - zeroBytes);
}
