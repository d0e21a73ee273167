using System.Buffers.Binary;
using NetGen.Persistence;

namespace NetGen.Interop.Tests.Support;

/// <summary>
/// Edits weight files at the byte level following docs/persistence.md, independently of the library's reader and writer,
/// so that tests can build the damaged and future files a user might meet. Every edit that keeps the file "valid"
/// recomputes the length field and the CRC-32 with System.IO.Hashing.
/// </summary>
public static class WeightFileBytes
{
    public const int HeaderSize = 24;
    public const int VersionOffset = 8;
    public const int ElementTypeOffset = 10;
    public const int LengthOffset = 16;

    public static byte[] Of<T>(INetwork<T> network)
        where T : unmanaged
    {
        using var stream = new MemoryStream();
        network.Save(stream);
        return stream.ToArray();
    }

    /// <summary>Recomputes the trailing CRC-32 over everything before it.</summary>
    public static byte[] WithFreshChecksum(byte[] file)
    {
        byte[] copy = (byte[])file.Clone();
        BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(copy.Length - 4), System.IO.Hashing.Crc32.HashToUInt32(copy.AsSpan(0, copy.Length - 4)));
        return copy;
    }

    public static byte[] WithVersion(byte[] file, ushort version)
    {
        byte[] copy = (byte[])file.Clone();
        BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(VersionOffset), version);
        return WithFreshChecksum(copy);
    }

    /// <summary>Appends a section with <paramref name="tag"/> after the existing ones, as a later format revision might.</summary>
    public static byte[] WithExtraSection(byte[] file, string tag, byte[] payload)
    {
        var sections = new MemoryStream();
        sections.Write(file, 0, file.Length - 4);
        Span<byte> header = stackalloc byte[12];
        System.Text.Encoding.ASCII.GetBytes(tag, header);
        BinaryPrimitives.WriteUInt64LittleEndian(header.Slice(4), (ulong)payload.Length);
        sections.Write(header);
        sections.Write(payload);
        sections.Write(new byte[4]);
        byte[] result = sections.ToArray();
        BinaryPrimitives.WriteUInt64LittleEndian(result.AsSpan(LengthOffset), (ulong)result.Length);
        return WithFreshChecksum(result);
    }

    public static byte[] WithBitFlipped(byte[] file, int bit)
    {
        byte[] copy = (byte[])file.Clone();
        copy[bit / 8] ^= (byte)(1 << (bit % 8));
        return copy;
    }

    public static WeightFileException LoadFails<T>(INetwork<T> network, byte[] file)
        where T : unmanaged =>
        Assert.Throws<WeightFileException>(() => network.Load(new MemoryStream(file)));
}
