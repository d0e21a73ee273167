using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime;

/// <summary>
/// z = W h + b sixteen rows at a time for float on AVX-512: one 512-bit accumulator per row, so sixteen FMA chains share
/// each load of a chunk of h, and the sixteen accumulators are reduced together into one vector of sixteen sums by a
/// tree of 128-bit-block and in-block shuffles (45 shuffles and adds, plus one permute, where summing four rows at a
/// time costs about 27 instructions per four rows, most of them on the critical path). On a 64-input layer that
/// reduction was half the kernel's time.
/// </summary>
public static partial class DenseKernels
{
    /// <summary>Rows in one block of <see cref="AffineBlocks16"/>: one per float lane of a 512-bit vector.</summary>
    private const int RowBlock = 16;

    /// <summary>
    /// z_k = sum_j w_kj x_j + b_k for the whole blocks of sixteen rows; returns the rows it did. Needs AVX-512F and at
    /// least sixteen inputs (the last columns that do not fill a vector are read as the row's last whole vector with the
    /// lanes already counted masked to zero, as in <see cref="AffineRows"/>).
    /// </summary>
    private static int AffineBlocks16(ReadOnlySpan<float> w, ReadOnlySpan<float> b, ReadOnlySpan<float> x, Span<float> z)
    {
        int inputs = x.Length;
        int outputs = z.Length - (z.Length % RowBlock);
        int whole = inputs - (inputs % 16);
        nint tail = inputs - 16;
        bool hasTail = whole < inputs;
        Vector512<float> mask = Simd512<float>.KeepFrom(whole - (inputs - 16));
        ref float wRef = ref MemoryMarshal.GetReference(w);
        ref float xRef = ref MemoryMarshal.GetReference(x);
        ref float bRef = ref MemoryMarshal.GetReference(b);
        ref float zRef = ref MemoryMarshal.GetReference(z);
        Vector512<float> xTail = hasTail ? Vector512.LoadUnsafe(ref xRef, (nuint)tail) & mask : default;
        nint stride = inputs;
        for (int k = 0; k < outputs; k += RowBlock)
        {
            ref float r0 = ref Unsafe.Add(ref wRef, (nint)k * stride);
            Vector512<float> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
            Vector512<float> a8 = default, a9 = default, a10 = default, a11 = default, a12 = default, a13 = default, a14 = default, a15 = default;
            nint j = 0;
            for (; j < whole; j += 16)
            {
                Vector512<float> xj = Vector512.LoadUnsafe(ref xRef, (nuint)j);
                ref float c = ref Unsafe.Add(ref r0, j);
                a0 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref c), xj, a0);
                a1 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, stride)), xj, a1);
                a2 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 2 * stride)), xj, a2);
                a3 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 3 * stride)), xj, a3);
                a4 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 4 * stride)), xj, a4);
                a5 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 5 * stride)), xj, a5);
                a6 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 6 * stride)), xj, a6);
                a7 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 7 * stride)), xj, a7);
                a8 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 8 * stride)), xj, a8);
                a9 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 9 * stride)), xj, a9);
                a10 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 10 * stride)), xj, a10);
                a11 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 11 * stride)), xj, a11);
                a12 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 12 * stride)), xj, a12);
                a13 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 13 * stride)), xj, a13);
                a14 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 14 * stride)), xj, a14);
                a15 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 15 * stride)), xj, a15);
            }

            if (hasTail)
            {
                ref float c = ref Unsafe.Add(ref r0, tail);
                a0 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref c) & mask, xTail, a0);
                a1 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, stride)) & mask, xTail, a1);
                a2 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 2 * stride)) & mask, xTail, a2);
                a3 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 3 * stride)) & mask, xTail, a3);
                a4 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 4 * stride)) & mask, xTail, a4);
                a5 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 5 * stride)) & mask, xTail, a5);
                a6 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 6 * stride)) & mask, xTail, a6);
                a7 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 7 * stride)) & mask, xTail, a7);
                a8 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 8 * stride)) & mask, xTail, a8);
                a9 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 9 * stride)) & mask, xTail, a9);
                a10 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 10 * stride)) & mask, xTail, a10);
                a11 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 11 * stride)) & mask, xTail, a11);
                a12 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 12 * stride)) & mask, xTail, a12);
                a13 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 13 * stride)) & mask, xTail, a13);
                a14 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 14 * stride)) & mask, xTail, a14);
                a15 = Avx512F.FusedMultiplyAdd(Vector512.LoadUnsafe(ref Unsafe.Add(ref c, 15 * stride)) & mask, xTail, a15);
            }

            // Level 1: rows 2i and 2i+1 into one vector, each row's sums in eight lanes (blocks 0-1 and 2-3).
            Vector512<float> s0 = PairBlocks(a0, a1), s1 = PairBlocks(a2, a3), s2 = PairBlocks(a4, a5), s3 = PairBlocks(a6, a7);
            Vector512<float> s4 = PairBlocks(a8, a9), s5 = PairBlocks(a10, a11), s6 = PairBlocks(a12, a13), s7 = PairBlocks(a14, a15);

            // Level 2: rows 4m..4m+3 one per 128-bit block, four lanes each.
            Vector512<float> u0 = InterleaveBlocks(s0, s1), u1 = InterleaveBlocks(s2, s3), u2 = InterleaveBlocks(s4, s5), u3 = InterleaveBlocks(s6, s7);

            // Level 3: block q holds row q (lanes 0-1) and row q + 4 (lanes 2-3) of the eight rows of each pair of u.
            Vector512<float> v0 = Avx512F.Shuffle(u0, u1, 0b01_00_01_00) + Avx512F.Shuffle(u0, u1, 0b11_10_11_10);
            Vector512<float> v1 = Avx512F.Shuffle(u2, u3, 0b01_00_01_00) + Avx512F.Shuffle(u2, u3, 0b11_10_11_10);

            // Level 4: lane 4q + i is the whole sum of row q + 4i; the permute puts row k in lane k.
            Vector512<float> sums = Avx512F.Shuffle(v0, v1, 0b10_00_10_00) + Avx512F.Shuffle(v0, v1, 0b11_01_11_01);
            sums = Avx512F.PermuteVar16x32(sums, Vector512.Create(0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15));
            (Vector512.LoadUnsafe(ref bRef, (nuint)k) + sums).StoreUnsafe(ref zRef, (nuint)k);
        }

        return outputs;
    }

    /// <summary>[a0 + a2, a1 + a3, b0 + b2, b1 + b3] in 128-bit blocks: the sums of a in the low half, of b in the high one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> PairBlocks(Vector512<float> a, Vector512<float> b) =>
        Avx512F.Shuffle4x128(a, b, 0b01_00_01_00) + Avx512F.Shuffle4x128(a, b, 0b11_10_11_10);

    /// <summary>
    /// From two vectors of <see cref="PairBlocks"/> (rows r, r+1 and r+2, r+3): [r, r+1, r+2, r+3], one row per 128-bit
    /// block, each the sum of that row's two blocks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> InterleaveBlocks(Vector512<float> s, Vector512<float> t) =>
        Avx512F.Shuffle4x128(s, t, 0b10_00_10_00) + Avx512F.Shuffle4x128(s, t, 0b11_01_11_01);
}
