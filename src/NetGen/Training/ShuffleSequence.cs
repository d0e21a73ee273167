using System;
using System.Runtime.CompilerServices;

namespace NetGen.Training;

/// <summary>
/// The seeded shuffle of <c>Fit</c>. Its generator (SplitMix64) is fixed here rather than taken from <see cref="Random"/>,
/// so a seed gives the same sample order on every run and in every .NET version.
/// </summary>
internal struct ShuffleSequence
{
    private ulong _state;

    public ShuffleSequence(int seed) => _state = 0xD1B54A32D192ED03UL ^ (ulong)(uint)seed;

    private ShuffleSequence(ulong state) => _state = state;

    /// <summary>The generator's whole state: a checkpoint stores it, so a resumed run draws the orders the uninterrupted run would.</summary>
    public readonly ulong State => _state;

    /// <summary>The generator as it was when <see cref="State"/> was read.</summary>
    public static ShuffleSequence FromState(ulong state) => new(state);

    /// <summary>Fisher-Yates: every permutation equally likely (up to a bias of n / 2^64).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Shuffle(Span<int> order)
    {
        for (int i = order.Length - 1; i > 0; i--)
        {
            int j = NextBelow(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }

    /// <summary>A draw in [0, bound): the high half of a 64 x 64-bit product (Lemire's multiply-shift).</summary>
    private int NextBelow(int bound) => (int)Math.BigMul(NextUInt64(), (ulong)bound, out _);

    private ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
