using System;
using System.Buffers.Binary;
using System.Globalization;
using NetGen.Persistence;

namespace NetGen.Training.Checkpoints;

/// <summary>
/// Reads the little-endian fields of one checkpoint section in order; running past its end, or leaving bytes over, is a
/// <see cref="WeightFileError.Malformed"/> file (its checksum matched, so a faulty writer made it, not damage).
/// </summary>
internal ref struct SectionReader
{
    private readonly ReadOnlySpan<byte> _payload;
    private readonly string _section;
    private int _offset;

    public SectionReader(ReadOnlySpan<byte> payload, string section)
    {
        _payload = payload;
        _section = section;
        _offset = 0;
    }

    public uint UInt32(string field) => BinaryPrimitives.ReadUInt32LittleEndian(Take(4, field));

    public ulong UInt64(string field) => BinaryPrimitives.ReadUInt64LittleEndian(Take(8, field));

    public double Float64(string field) => BinaryPrimitives.ReadDoubleLittleEndian(Take(8, field));

    public ushort UInt16(string field) => BinaryPrimitives.ReadUInt16LittleEndian(Take(2, field));

    public ReadOnlySpan<byte> Bytes(long count, string field)
    {
        if (count > _payload.Length - _offset)
        {
            throw Malformed(string.Create(CultureInfo.InvariantCulture, $"ends after {_payload.Length} bytes, inside its {field}"));
        }

        return Take((int)count, field);
    }

    /// <summary>Checks that every byte was read.</summary>
    public readonly void End()
    {
        if (_offset != _payload.Length)
        {
            throw Malformed(string.Create(CultureInfo.InvariantCulture, $"has {_payload.Length - _offset} bytes after its last field"));
        }
    }

    /// <summary>A <see cref="WeightFileError.Malformed"/> exception about this section: "The checkpoint's 'trng' section {what}."</summary>
    public readonly WeightFileException Malformed(string what) =>
        new(WeightFileError.Malformed, $"The checkpoint's '{_section}' section {what}.");

    private ReadOnlySpan<byte> Take(int count, string field)
    {
        if (count > _payload.Length - _offset)
        {
            throw Malformed(string.Create(CultureInfo.InvariantCulture, $"ends after {_payload.Length} bytes, before its {field}"));
        }

        ReadOnlySpan<byte> bytes = _payload.Slice(_offset, count);
        _offset += count;
        return bytes;
    }
}
