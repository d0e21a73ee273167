using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetGen.Runtime;

/// <summary>
/// The storage of a generated network's parameters: <see cref="Span"/> starts on a 64-byte boundary, so a 512-bit load
/// at a multiple of 16 floats (8 doubles) from it reads one cache line, not two, and no 256-bit load at a multiple of
/// 8 floats (4 doubles) straddles two lines. An array's elements start 16 bytes past a boundary at best, which made
/// every 512-bit load of a weight matrix a split load, measurably slower (docs/benchmarks/raw/aligned-parameters).
/// The block is allocated on the pinned object heap, so the garbage collector never moves it and the boundary found
/// when it is allocated stays one for its lifetime; <see cref="Start"/> is therefore kept as a pointer, read with one
/// load, instead of the array, a null check, the index and an add (four instructions fewer at the top of every
/// generated method; no change measurable on its own in alternating runs, docs/benchmarks/raw/spare-lanes). The struct
/// holds the array as well, so the block lives as long as any copy of it. Not meant to be used by users: the generated
/// class exposes <see cref="Span"/> as its Parameters.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly unsafe struct AlignedParameters<T>
    where T : unmanaged
{
    /// <summary>The boundary, in bytes: a cache line, and the width of a 512-bit vector.</summary>
    public const int Alignment = 64;

    private readonly T[] _block;
    private readonly T* _start;

    /// <summary>Elements allocated past the length asked for, so that some element of the block is on the boundary.</summary>
    private static int Slack => (Alignment / Unsafe.SizeOf<T>()) - 1;

    /// <summary>Allocates <paramref name="length"/> zeroed elements starting on a 64-byte boundary.</summary>
    /// <param name="length">The number of elements; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative or too large for one array.</exception>
    public AlignedParameters(int length)
    {
        int size = Unsafe.SizeOf<T>();
        if (length < 0 || length > Array.MaxLength - Slack)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"A parameter block holds 0 to {Array.MaxLength - Slack} elements.");
        }

        VectorWarmup.Run();
        _block = GC.AllocateArray<T>(length + Slack, pinned: true);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(_block, 0).ToInt64();
        long skip = (Alignment - (address & (Alignment - 1))) & (Alignment - 1);

        // Arrays of float and double start at a multiple of 8 bytes on 64-bit runtimes; where an element does not
        // start at a multiple of its size (some 32-bit runtimes), no element is on the boundary and the block starts at 0.
        int start = skip % size == 0 ? (int)(skip / size) : 0;
        // Not _block[start]: with length 0 the aligned start can be one past the last element (an empty span's start).
        _start = (T*)Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_block), start));
    }

    /// <summary>The elements, <c>length</c> of them from the aligned start.</summary>
    public Span<T> Span
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => MemoryMarshal.CreateSpan(ref Start, _block.Length - Slack);
    }

    /// <summary>The first element, on the 64-byte boundary: the base of the generated code's vector loads and stores.</summary>
    public ref T Start
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref *_start;
    }
}
