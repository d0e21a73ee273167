using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime;

/// <summary>
/// The building blocks of unrolled generated code that keeps a layer's neurons in 256-bit vectors (8 floats or 4
/// doubles) that are not single JIT intrinsics: fused multiply-add where the hardware has it (used by VectorMath), and
/// the row sums of small row blocks of the first layer. Generated code writes loads, stores, lane sums, lane reads and
/// multiply-adds with the JIT's own intrinsics, which stay intrinsics in methods large enough to exhaust the JIT's
/// inlining budget. Not meant to be called by users.
/// </summary>
/// <remarks>
/// MulAdd is fused (one rounding) where the hardware has FMA (x86 FMA3, every Arm64), and a multiply then an add
/// elsewhere, where a software fused multiply-add would cost more than the rest of a small network. Results can
/// therefore differ in the last bit between such machines.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class NeuronVector
{
    /// <summary>a * b + c, fused where the hardware has FMA.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> MulAdd(Vector256<float> a, Vector256<float> b, Vector256<float> c) =>
        Fma.IsSupported ? Fma.MultiplyAdd(a, b, c) : (a * b) + c;

    /// <summary>a * b + c, fused where the hardware has FMA.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> MulAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
        Fma.IsSupported ? Fma.MultiplyAdd(a, b, c) : (a * b) + c;

    /// <summary>a * b + c, fused where the hardware has FMA.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float MulAdd(float a, float b, float c) =>
        Fma.IsSupported || AdvSimd.IsSupported ? MathF.FusedMultiplyAdd(a, b, c) : (a * b) + c;

    /// <summary>a * b + c, fused where the hardware has FMA.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double MulAdd(double a, double b, double c) =>
        Fma.IsSupported || AdvSimd.IsSupported ? Math.FusedMultiplyAdd(a, b, c) : (a * b) + c;

    /// <summary>
    /// Row sums of a block of 8 rows of 2: <paramref name="p0"/> holds the products of rows 0-3 (w_k0 x_0, w_k1 x_1, ...),
    /// <paramref name="p1"/> those of rows 4-7. Returns the 8 sums w_k0 x_0 + w_k1 x_1, in row order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> SumPairs(Vector256<float> p0, Vector256<float> p1)
    {
        if (Avx512F.VL.IsSupported)
        {
            // The even and the odd lanes of p0:p1 gathered by two two-source permutes, in row order, then one add: the
            // same sums as hadd's, with one shuffle level less on the way (a training step's chain starts here).
            return Avx512F.VL.PermuteVar8x32x2(p0, Vector256.Create(0, 2, 4, 6, 8, 10, 12, 14), p1)
                + Avx512F.VL.PermuteVar8x32x2(p0, Vector256.Create(1, 3, 5, 7, 9, 11, 13, 15), p1);
        }

        if (Avx2.IsSupported)
        {
            // hadd works within 128-bit halves: rows (0, 1, 4, 5 | 2, 3, 6, 7); swap the middle 64-bit quarters.
            return Avx2.Permute4x64(Avx.HorizontalAdd(p0, p1).AsDouble(), 0b11_01_10_00).AsSingle();
        }

        return Vector256.Create(
            p0.GetElement(0) + p0.GetElement(1), p0.GetElement(2) + p0.GetElement(3), p0.GetElement(4) + p0.GetElement(5), p0.GetElement(6) + p0.GetElement(7),
            p1.GetElement(0) + p1.GetElement(1), p1.GetElement(2) + p1.GetElement(3), p1.GetElement(4) + p1.GetElement(5), p1.GetElement(6) + p1.GetElement(7));
    }

    /// <summary>Row sums of a block of 4 rows of 2 doubles: <paramref name="p0"/> holds rows 0-1, <paramref name="p1"/> rows 2-3.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> SumPairs(Vector256<double> p0, Vector256<double> p1)
    {
        if (Avx2.IsSupported)
        {
            // hadd works within 128-bit halves: rows (0, 2 | 1, 3).
            return Avx2.Permute4x64(Avx.HorizontalAdd(p0, p1), 0b11_01_10_00);
        }

        return Vector256.Create(
            p0.GetElement(0) + p0.GetElement(1), p0.GetElement(2) + p0.GetElement(3),
            p1.GetElement(0) + p1.GetElement(1), p1.GetElement(2) + p1.GetElement(3));
    }

    /// <summary>
    /// Row sums of a block of 8 rows of 4 floats: <paramref name="p0"/> holds the products of rows 0-1, <paramref name="p1"/>
    /// rows 2-3, <paramref name="p2"/> rows 4-5, <paramref name="p3"/> rows 6-7. Returns the 8 sums in row order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> SumQuads(Vector256<float> p0, Vector256<float> p1, Vector256<float> p2, Vector256<float> p3)
    {
        if (Avx2.IsSupported)
        {
            // Two rounds of hadd leave rows (0, 2, 4, 6 | 1, 3, 5, 7).
            Vector256<float> sums = Avx.HorizontalAdd(Avx.HorizontalAdd(p0, p1), Avx.HorizontalAdd(p2, p3));
            return Avx2.PermuteVar8x32(sums, Vector256.Create(0, 4, 1, 5, 2, 6, 3, 7));
        }

        return Vector256.Create(
            Quad(p0.GetLower()), Quad(p0.GetUpper()), Quad(p1.GetLower()), Quad(p1.GetUpper()),
            Quad(p2.GetLower()), Quad(p2.GetUpper()), Quad(p3.GetLower()), Quad(p3.GetUpper()));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float Quad(Vector128<float> v) => (v.GetElement(0) + v.GetElement(1)) + (v.GetElement(2) + v.GetElement(3));
}
