using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime;

/// <summary>
/// One SIMD register's worth of T, as a type parameter: the kernels of <see cref="DenseKernels"/> are written once,
/// generic over <typeparamref name="TSelf"/>, and the JIT compiles a copy per width (512, 256, 128 bits, and a scalar
/// "vector" of one lane for the last columns). The wrappers are single-field structs with inlined members, so the
/// generated code is the same as if each kernel had been written out for each width.
/// </summary>
internal interface ISimdVector<TSelf, T>
    where TSelf : struct, ISimdVector<TSelf, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Lanes in one vector.</summary>
    static abstract int Count { get; }

    /// <summary>Whether this width runs on SIMD hardware here (always true for the scalar width).</summary>
    static abstract bool IsAccelerated { get; }

    static abstract TSelf Zero { get; }

    static abstract TSelf Broadcast(T value);

    static abstract TSelf Load(ref T source, nint offset);

    static abstract void Store(TSelf value, ref T destination, nint offset);

    /// <summary>a * b + c, fused (one rounding) where the CPU has FMA.</summary>
    static abstract TSelf MultiplyAdd(TSelf a, TSelf b, TSelf c);

    static abstract TSelf Add(TSelf a, TSelf b);

    /// <summary>A mask that keeps the lanes from <paramref name="skip"/> on, for <see cref="And"/>.</summary>
    static abstract TSelf KeepFrom(int skip);

    /// <summary>The lanes of <paramref name="value"/> where <paramref name="mask"/> is set, zero elsewhere (bitwise, so exact).</summary>
    static abstract TSelf And(TSelf value, TSelf mask);

    /// <summary>destination[i] = bias[i] + (sum of the lanes of the i-th vector), i = 0..3.</summary>
    static abstract void StoreSums(TSelf a, TSelf b, TSelf c, TSelf d, ref T bias, ref T destination);

    /// <summary>The sum of the lanes.</summary>
    static abstract T Sum(TSelf value);
}

/// <summary>512-bit vectors: 16 floats or 8 doubles.</summary>
internal readonly struct Simd512<T> : ISimdVector<Simd512<T>, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Vector512<T> _v;

    private Simd512(Vector512<T> v) => _v = v;

    public static int Count => Vector512<T>.Count;

    public static bool IsAccelerated => Vector512.IsHardwareAccelerated && Vector512<T>.IsSupported;

    public static Simd512<T> Zero => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512<T> Broadcast(T value) => new(Vector512.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512<T> Load(ref T source, nint offset) => new(Vector512.LoadUnsafe(ref Unsafe.Add(ref source, offset)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Simd512<T> value, ref T destination, nint offset) => value._v.StoreUnsafe(ref Unsafe.Add(ref destination, offset));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512<T> MultiplyAdd(Simd512<T> a, Simd512<T> b, Simd512<T> c)
    {
        if (Avx512F.IsSupported)
        {
            if (typeof(T) == typeof(float))
            {
                return new(Avx512F.FusedMultiplyAdd(a._v.AsSingle(), b._v.AsSingle(), c._v.AsSingle()).As<float, T>());
            }

            if (typeof(T) == typeof(double))
            {
                return new(Avx512F.FusedMultiplyAdd(a._v.AsDouble(), b._v.AsDouble(), c._v.AsDouble()).As<double, T>());
            }
        }

        return new((a._v * b._v) + c._v);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512<T> Add(Simd512<T> a, Simd512<T> b) => new(a._v + b._v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512<T> KeepFrom(int skip) =>
        new(Vector512.LoadUnsafe(ref TailMasks.From(skip * Unsafe.SizeOf<T>())).As<byte, T>());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512<T> And(Simd512<T> value, Simd512<T> mask) => new(value._v & mask._v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreSums(Simd512<T> a, Simd512<T> b, Simd512<T> c, Simd512<T> d, ref T bias, ref T destination) =>
        Simd128<T>.StoreSums(Fold(a), Fold(b), Fold(c), Fold(d), ref bias, ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(Simd512<T> value) => Vector512.Sum(value._v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Simd128<T> Fold(Simd512<T> v)
    {
        Vector256<T> half = v._v.GetLower() + v._v.GetUpper();
        return Simd128<T>.From(half.GetLower() + half.GetUpper());
    }
}

/// <summary>256-bit vectors: 8 floats or 4 doubles.</summary>
internal readonly struct Simd256<T> : ISimdVector<Simd256<T>, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Vector256<T> _v;

    private Simd256(Vector256<T> v) => _v = v;

    public static int Count => Vector256<T>.Count;

    public static bool IsAccelerated => Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported;

    public static Simd256<T> Zero => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256<T> Broadcast(T value) => new(Vector256.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256<T> Load(ref T source, nint offset) => new(Vector256.LoadUnsafe(ref Unsafe.Add(ref source, offset)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Simd256<T> value, ref T destination, nint offset) => value._v.StoreUnsafe(ref Unsafe.Add(ref destination, offset));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256<T> MultiplyAdd(Simd256<T> a, Simd256<T> b, Simd256<T> c)
    {
        if (Fma.IsSupported)
        {
            if (typeof(T) == typeof(float))
            {
                return new(Fma.MultiplyAdd(a._v.AsSingle(), b._v.AsSingle(), c._v.AsSingle()).As<float, T>());
            }

            if (typeof(T) == typeof(double))
            {
                return new(Fma.MultiplyAdd(a._v.AsDouble(), b._v.AsDouble(), c._v.AsDouble()).As<double, T>());
            }
        }

        return new((a._v * b._v) + c._v);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256<T> Add(Simd256<T> a, Simd256<T> b) => new(a._v + b._v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256<T> KeepFrom(int skip) =>
        new(Vector256.LoadUnsafe(ref TailMasks.From(skip * Unsafe.SizeOf<T>())).As<byte, T>());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256<T> And(Simd256<T> value, Simd256<T> mask) => new(value._v & mask._v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreSums(Simd256<T> a, Simd256<T> b, Simd256<T> c, Simd256<T> d, ref T bias, ref T destination) =>
        Simd128<T>.StoreSums(Fold(a), Fold(b), Fold(c), Fold(d), ref bias, ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(Simd256<T> value) => Vector256.Sum(value._v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Simd128<T> Fold(Simd256<T> v) => Simd128<T>.From(v._v.GetLower() + v._v.GetUpper());
}

/// <summary>128-bit vectors: 4 floats or 2 doubles.</summary>
internal readonly struct Simd128<T> : ISimdVector<Simd128<T>, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Vector128<T> _v;

    private Simd128(Vector128<T> v) => _v = v;

    public static int Count => Vector128<T>.Count;

    public static bool IsAccelerated => Vector128.IsHardwareAccelerated && Vector128<T>.IsSupported;

    public static Simd128<T> Zero => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128<T> From(Vector128<T> v) => new(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128<T> Broadcast(T value) => new(Vector128.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128<T> Load(ref T source, nint offset) => new(Vector128.LoadUnsafe(ref Unsafe.Add(ref source, offset)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Simd128<T> value, ref T destination, nint offset) => value._v.StoreUnsafe(ref Unsafe.Add(ref destination, offset));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128<T> MultiplyAdd(Simd128<T> a, Simd128<T> b, Simd128<T> c)
    {
        if (Fma.IsSupported)
        {
            if (typeof(T) == typeof(float))
            {
                return new(Fma.MultiplyAdd(a._v.AsSingle(), b._v.AsSingle(), c._v.AsSingle()).As<float, T>());
            }

            if (typeof(T) == typeof(double))
            {
                return new(Fma.MultiplyAdd(a._v.AsDouble(), b._v.AsDouble(), c._v.AsDouble()).As<double, T>());
            }
        }

        return new((a._v * b._v) + c._v);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128<T> Add(Simd128<T> a, Simd128<T> b) => new(a._v + b._v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128<T> KeepFrom(int skip) =>
        new(Vector128.LoadUnsafe(ref TailMasks.From(skip * Unsafe.SizeOf<T>())).As<byte, T>());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128<T> And(Simd128<T> value, Simd128<T> mask) => new(value._v & mask._v);

    /// <summary>Reduces four accumulators together: two rounds of horizontal adds give the four sums in one vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreSums(Simd128<T> a, Simd128<T> b, Simd128<T> c, Simd128<T> d, ref T bias, ref T destination)
    {
        if (Sse3.IsSupported && typeof(T) == typeof(float))
        {
            Vector128<float> ab = Sse3.HorizontalAdd(a._v.AsSingle(), b._v.AsSingle());
            Vector128<float> cd = Sse3.HorizontalAdd(c._v.AsSingle(), d._v.AsSingle());
            Vector128<float> sums = Sse3.HorizontalAdd(ab, cd) + Vector128.LoadUnsafe(ref Unsafe.As<T, float>(ref bias));
            sums.StoreUnsafe(ref Unsafe.As<T, float>(ref destination));
            return;
        }

        if (Sse3.IsSupported && typeof(T) == typeof(double))
        {
            Vector128<double> ab = Sse3.HorizontalAdd(a._v.AsDouble(), b._v.AsDouble()) + Vector128.LoadUnsafe(ref Unsafe.As<T, double>(ref bias));
            Vector128<double> cd = Sse3.HorizontalAdd(c._v.AsDouble(), d._v.AsDouble()) + Vector128.LoadUnsafe(ref Unsafe.As<T, double>(ref bias), 2);
            ab.StoreUnsafe(ref Unsafe.As<T, double>(ref destination));
            cd.StoreUnsafe(ref Unsafe.As<T, double>(ref destination), 2);
            return;
        }

        Scalar<T>.StoreSums(Scalar<T>.From(Sum(a)), Scalar<T>.From(Sum(b)), Scalar<T>.From(Sum(c)), Scalar<T>.From(Sum(d)), ref bias, ref destination);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(Simd128<T> value) => Vector128.Sum(value._v);
}

/// <summary>One lane: the same kernels, written for the columns that no vector covers.</summary>
internal readonly struct Scalar<T> : ISimdVector<Scalar<T>, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly T _v;

    private Scalar(T v) => _v = v;

    public static int Count => 1;

    public static bool IsAccelerated => true;

    public static Scalar<T> Zero => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> From(T v) => new(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Broadcast(T value) => new(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Load(ref T source, nint offset) => new(Unsafe.Add(ref source, offset));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Scalar<T> value, ref T destination, nint offset) => Unsafe.Add(ref destination, offset) = value._v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> MultiplyAdd(Scalar<T> a, Scalar<T> b, Scalar<T> c) => new((a._v * b._v) + c._v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> Add(Scalar<T> a, Scalar<T> b) => new(a._v + b._v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> KeepFrom(int skip) => skip > 0 ? default : new(T.One);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar<T> And(Scalar<T> value, Scalar<T> mask) => mask._v == T.Zero ? default : value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreSums(Scalar<T> a, Scalar<T> b, Scalar<T> c, Scalar<T> d, ref T bias, ref T destination)
    {
        destination = bias + a._v;
        Unsafe.Add(ref destination, 1) = Unsafe.Add(ref bias, 1) + b._v;
        Unsafe.Add(ref destination, 2) = Unsafe.Add(ref bias, 2) + c._v;
        Unsafe.Add(ref destination, 3) = Unsafe.Add(ref bias, 3) + d._v;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(Scalar<T> value) => value._v;
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
