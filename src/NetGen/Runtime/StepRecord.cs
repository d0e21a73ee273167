using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime;

/// <summary>
/// The record a generated TrainStep keeps of its first layer, for two-layer nets whose layer 1 is computed in vectors of
/// neurons from a scalar input. Step k changes layer 1 by a rank-one update, W(1) -= s h(1)^T and b(1) -= s with
/// s = eta delta(2), so step k+1 can compute z(2) = W(1) x + b(1) from the weights before step k's update and that
/// change: z(2) = (W_old x + b_old) - s (h(1) . x + 1). The product with the old weights does not wait for step k's last
/// result; only the final multiply-add does, which takes a store, a reload, the products, their row sums and the bias
/// off the chain between consecutive steps. The record holds, from element 0: the old W(1) and b(1) (in the parameters'
/// layout of layer 1), the W(1) and b(1) the update left (to recognise that nobody has changed the parameters since),
/// then s (with one output as f(2) and delta(3)_0, s = delta(3)_0 f(2), so the last multiply-add waits for the scalar
/// delta(3)_0 alone) and h(1). Generated code checks the expected copy against the parameters, bit for bit, before it
/// uses the record: after any other write (a user's, InitializeParameters, a load) it restarts from the parameters with
/// a zero change.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StepRecord
{
    /// <summary>Whether <paramref name="count"/> floats from <paramref name="a"/> and <paramref name="b"/> have the same bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SameBits(ref float a, ref float b, int count) =>
        SameBits(ref Unsafe.As<float, int>(ref a), ref Unsafe.As<float, int>(ref b), count);

    /// <summary>Whether <paramref name="count"/> doubles from <paramref name="a"/> and <paramref name="b"/> have the same bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SameBits(ref double a, ref double b, int count) =>
        SameBits(ref Unsafe.As<double, long>(ref a), ref Unsafe.As<double, long>(ref b), count);

    /// <summary>
    /// Copies <paramref name="count"/> elements from <paramref name="from"/> to <paramref name="to"/> (the two do not
    /// overlap): whole vectors, the last one moved back to end at <paramref name="count"/>, or element by element below a
    /// vector.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Copy<T>(ref T from, ref T to, int count)
        where T : unmanaged
    {
        int lanes = Vector256<T>.Count;
        if (count < lanes)
        {
            for (int i = 0; i < count; i++)
            {
                Unsafe.Add(ref to, i) = Unsafe.Add(ref from, i);
            }

            return;
        }

        int start = 0;
        for (; start <= count - lanes; start += lanes)
        {
            Vector256.LoadUnsafe(ref from, (nuint)start).StoreUnsafe(ref to, (nuint)start);
        }

        if (start < count)
        {
            Vector256.LoadUnsafe(ref from, (nuint)(count - lanes)).StoreUnsafe(ref to, (nuint)(count - lanes));
        }
    }

    /// <summary>
    /// Starts the record again from the parameters: the old first layer becomes the current one, the change and h(1)
    /// become zero, so the next z(2) is W(1) x + b(1) of the parameters as they are. Called when the expected
    /// copy differs from the parameters (the first step, or after another write).
    /// </summary>
    /// <param name="parameters">Element 0 of the parameters.</param>
    /// <param name="record">Element 0 of the record.</param>
    /// <param name="firstLayer">Parameters of layer 1, W(1) then b(1).</param>
    /// <param name="changeStart">Where the change starts in the record; it runs with h(1) to <paramref name="length"/>.</param>
    /// <param name="length">Elements in the record.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Restart<T>(ref T parameters, ref T record, int firstLayer, int changeStart, int length)
        where T : unmanaged
    {
        MemoryMarshal.CreateReadOnlySpan(ref parameters, firstLayer).CopyTo(MemoryMarshal.CreateSpan(ref record, firstLayer));
        MemoryMarshal.CreateSpan(ref Unsafe.Add(ref record, changeStart), length - changeStart).Clear();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameBits<TBits>(ref TBits a, ref TBits b, int count)
        where TBits : unmanaged, System.Numerics.IBinaryInteger<TBits>
    {
        int lanes = Vector256<TBits>.Count;
        if (count < lanes)
        {
            TBits diff = TBits.Zero;
            for (int i = 0; i < count; i++)
            {
                diff |= Unsafe.Add(ref a, i) ^ Unsafe.Add(ref b, i);
            }

            return diff == TBits.Zero;
        }

        Vector256<TBits> differ = Vector256<TBits>.Zero;
        int start = 0;
        for (; start <= count - lanes; start += lanes)
        {
            differ |= Vector256.LoadUnsafe(ref a, (nuint)start) ^ Vector256.LoadUnsafe(ref b, (nuint)start);
        }

        if (start < count)
        {
            differ |= Vector256.LoadUnsafe(ref a, (nuint)(count - lanes)) ^ Vector256.LoadUnsafe(ref b, (nuint)(count - lanes));
        }

        return differ == Vector256<TBits>.Zero;
    }
}
