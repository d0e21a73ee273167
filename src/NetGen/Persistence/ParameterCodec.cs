using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace NetGen.Persistence;

/// <summary>
/// Converts parameters of a generated network's element type to and from their little-endian IEEE 754 bytes, bit for bit
/// (NaN payloads and negative zeros included), whatever the byte order of the machine.
/// </summary>
internal static class ParameterCodec
{
    /// <summary>The element type code of <typeparamref name="T"/>; throws for anything but float and double.</summary>
    public static byte ElementTypeOf<T>()
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            return WeightFileFormat.Float32;
        }

        if (typeof(T) == typeof(double))
        {
            return WeightFileFormat.Float64;
        }

        throw new NotSupportedException($"NetGen networks have float or double parameters, not {typeof(T).Name}.");
    }

    public static void Encode<T>(ReadOnlySpan<T> values, Span<byte> destination)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            ReadOnlySpan<float> floats = MemoryMarshal.Cast<T, float>(values);
            for (int i = 0; i < floats.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(destination.Slice(i * sizeof(float)), floats[i]);
            }
        }
        else
        {
            ReadOnlySpan<double> doubles = MemoryMarshal.Cast<T, double>(values);
            for (int i = 0; i < doubles.Length; i++)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(destination.Slice(i * sizeof(double)), doubles[i]);
            }
        }
    }

    public static void Decode<T>(ReadOnlySpan<byte> source, Span<T> values)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            Span<float> floats = MemoryMarshal.Cast<T, float>(values);
            for (int i = 0; i < floats.Length; i++)
            {
                floats[i] = BinaryPrimitives.ReadSingleLittleEndian(source.Slice(i * sizeof(float)));
            }
        }
        else
        {
            Span<double> doubles = MemoryMarshal.Cast<T, double>(values);
            for (int i = 0; i < doubles.Length; i++)
            {
                doubles[i] = BinaryPrimitives.ReadDoubleLittleEndian(source.Slice(i * sizeof(double)));
            }
        }
    }
}
