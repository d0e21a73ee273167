using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace NetGen.Persistence;

/// <summary>
/// Reads one weight file from a stream and checks, in this order: signature, format version, declared length against the
/// data present, CRC-32, element type code, reserved fields, and the structure of every section. Each failure is a
/// <see cref="WeightFileException"/> naming the problem; nothing here knows about the network it will be loaded into.
/// </summary>
internal static class WeightFileReader
{
    /// <summary>How much to buffer ahead of data that has actually arrived, so a damaged length cannot force a huge allocation.</summary>
    private const int ReadChunk = 1 << 16;

    public static WeightFileContents Read(Stream source)
    {
        byte[] header = new byte[WeightFileFormat.HeaderSize];
        int headerRead = ReadAtMost(source, header);
        CheckSignature(header.AsSpan(0, headerRead));
        if (headerRead < WeightFileFormat.HeaderSize)
        {
            throw new WeightFileException(
                WeightFileError.Truncated,
                Invariant($"The data ends after {headerRead} bytes, inside the {WeightFileFormat.HeaderSize}-byte header of a NetGen weight file."));
        }

        CheckVersion(BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(WeightFileFormat.VersionOffset)));
        ulong declared = BinaryPrimitives.ReadUInt64LittleEndian(header.AsSpan(WeightFileFormat.LengthOffset));
        byte[] file = ReadRest(source, header, declared);
        int length = file.Length;

        uint stored = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(length - WeightFileFormat.ChecksumSize));
        uint computed = Crc32.Compute(file.AsSpan(0, length - WeightFileFormat.ChecksumSize));
        if (stored != computed)
        {
            throw new WeightFileException(
                WeightFileError.ChecksumMismatch,
                Invariant($"The weight file's CRC-32 is 0x{stored:X8}, but its contents give 0x{computed:X8}: the file was changed or damaged after it was saved."));
        }

        byte elementType = file[WeightFileFormat.ElementTypeOffset];
        int elementSize = WeightFileFormat.ElementSize(elementType);
        if (elementSize == 0)
        {
            throw new WeightFileException(
                WeightFileError.ElementTypeMismatch,
                Invariant($"The weight file has element type code {elementType}; NetGen knows {WeightFileFormat.Float32} (float) and {WeightFileFormat.Float64} (double)."));
        }

        if (file[WeightFileFormat.ReservedByteOffset] != 0 || BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(WeightFileFormat.ReservedWordOffset)) != 0)
        {
            throw new WeightFileException(WeightFileError.Malformed, "The weight file's reserved header fields are not zero.");
        }

        return ReadSections(file, elementType, elementSize);
    }

    private static void CheckSignature(ReadOnlySpan<byte> start)
    {
        if (start.Length == 0)
        {
            throw new WeightFileException(WeightFileError.NotAWeightFile, "The data is empty (0 bytes), so it is not a NetGen weight file.");
        }

        ReadOnlySpan<byte> magic = WeightFileFormat.Magic;
        int compared = Math.Min(start.Length, magic.Length);
        if (!start.Slice(0, compared).SequenceEqual(magic.Slice(0, compared)))
        {
            throw new WeightFileException(
                WeightFileError.NotAWeightFile,
                $"The data starts with {Convert.ToHexString(start.Slice(0, compared))}, not with the NetGen weight-file signature {Convert.ToHexString(magic)}, so it is not a NetGen weight file.");
        }
    }

    private static void CheckVersion(ushort version)
    {
        if (version == WeightFileFormat.CurrentVersion)
        {
            return;
        }

        string hint = version > WeightFileFormat.CurrentVersion
            ? "it was written by a newer NetGen; update this one to load it"
            : "no NetGen writes that version";
        throw new WeightFileException(
            WeightFileError.UnsupportedVersion,
            Invariant($"The weight file has format version {version}, but this version of NetGen reads version {WeightFileFormat.CurrentVersion}: {hint}."));
    }

    /// <summary>Reads the rest of the file, which the header says is <paramref name="declared"/> bytes long in all.</summary>
    private static byte[] ReadRest(Stream source, byte[] header, ulong declared)
    {
        if (declared < WeightFileFormat.MinimumLength)
        {
            throw new WeightFileException(
                WeightFileError.Malformed,
                Invariant($"The weight file declares a length of {declared} bytes, less than the {WeightFileFormat.MinimumLength} bytes of a header and checksum."));
        }

        if (source.CanSeek)
        {
            long available = WeightFileFormat.HeaderSize + Math.Max(0, source.Length - source.Position);
            if ((ulong)available < declared)
            {
                throw Truncated(declared, available);
            }
        }

        if (declared > (ulong)Array.MaxLength)
        {
            throw new WeightFileException(
                WeightFileError.Malformed,
                Invariant($"The weight file declares a length of {declared} bytes, more than .NET can load into memory."));
        }

        int length = (int)declared;
        int capacity = source.CanSeek ? length : Math.Min(length, WeightFileFormat.HeaderSize + ReadChunk);
        byte[] file = new byte[capacity];
        header.CopyTo(file, 0);
        int filled = WeightFileFormat.HeaderSize;
        while (filled < length)
        {
            if (filled == file.Length)
            {
                Array.Resize(ref file, (int)Math.Min(length, (long)file.Length * 2));
            }

            int read = source.Read(file, filled, file.Length - filled);
            if (read == 0)
            {
                throw Truncated(declared, filled);
            }

            filled += read;
        }

        return file;
    }

    private static WeightFileContents ReadSections(byte[] file, byte elementType, int elementSize)
    {
        StoredTopology? topology = null;
        int parameterCount = 0;
        ReadOnlyMemory<byte> parameterBytes = default;
        bool hasParameters = false;
        var skipped = new List<string>();
        var ancillary = new List<AncillarySection>();

        int offset = WeightFileFormat.HeaderSize;
        int end = file.Length - WeightFileFormat.ChecksumSize;
        while (offset < end)
        {
            if (end - offset < WeightFileFormat.SectionHeaderSize)
            {
                throw new WeightFileException(
                    WeightFileError.Malformed,
                    Invariant($"The weight file has {end - offset} stray bytes at offset {offset}, too few for a section header."));
            }

            uint tag = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset));
            ulong size = BinaryPrimitives.ReadUInt64LittleEndian(file.AsSpan(offset + 4));
            string name = WeightFileFormat.TagText(tag);
            int payloadOffset = offset + WeightFileFormat.SectionHeaderSize;
            if (!WeightFileFormat.IsWellFormedTag(tag))
            {
                throw new WeightFileException(WeightFileError.Malformed, Invariant($"The weight file has a section at offset {offset} whose tag '{name}' is not four ASCII characters starting with a letter."));
            }

            if (size > (ulong)(end - payloadOffset))
            {
                throw new WeightFileException(
                    WeightFileError.Malformed,
                    Invariant($"Section '{name}' at offset {offset} declares {size} bytes, but only {end - payloadOffset} remain before the checksum."));
            }

            var payload = new ReadOnlyMemory<byte>(file, payloadOffset, (int)size);
            switch (tag)
            {
                case WeightFileFormat.TopologyTag:
                    topology = topology is null ? ReadTopology(payload.Span) : throw Duplicate(name);
                    break;
                case WeightFileFormat.ParametersTag:
                    if (hasParameters)
                    {
                        throw Duplicate(name);
                    }

                    (parameterCount, parameterBytes) = ReadParameters(payload, elementSize);
                    hasParameters = true;
                    break;
                default:
                    if (WeightFileFormat.IsCritical(tag))
                    {
                        throw new WeightFileException(
                            WeightFileError.UnsupportedVersion,
                            $"The weight file has a section '{name}' that must be understood to use the file, and this version of NetGen does not know it: load it with a newer NetGen.");
                    }

                    skipped.Add(name);
                    ancillary.Add(new AncillarySection(tag, payload));
                    break;
            }

            offset = payloadOffset + (int)size;
        }

        if (topology is null || !hasParameters)
        {
            throw new WeightFileException(
                WeightFileError.Malformed,
                $"The weight file has no '{WeightFileFormat.TagText(topology is null ? WeightFileFormat.TopologyTag : WeightFileFormat.ParametersTag)}' section.");
        }

        return new WeightFileContents(elementType, topology, parameterCount, parameterBytes, skipped, ancillary);
    }

    private static StoredTopology ReadTopology(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < WeightFileFormat.TopologyFixedSize)
        {
            throw new WeightFileException(WeightFileError.Malformed, Invariant($"The weight file's topology section has {payload.Length} bytes, fewer than its {WeightFileFormat.TopologyFixedSize}-byte fixed part."));
        }

        uint inputSize = BinaryPrimitives.ReadUInt32LittleEndian(payload);
        uint loss = BinaryPrimitives.ReadUInt32LittleEndian(payload.Slice(4));
        uint layerCount = BinaryPrimitives.ReadUInt32LittleEndian(payload.Slice(8));
        long expectedSize = WeightFileFormat.TopologyFixedSize + ((long)layerCount * WeightFileFormat.TopologyLayerSize);
        if (payload.Length != expectedSize)
        {
            throw new WeightFileException(
                WeightFileError.Malformed,
                Invariant($"The weight file's topology section declares {layerCount} layers, which take {expectedSize} bytes, but it has {payload.Length}."));
        }

        var layers = new (uint Units, uint Activation)[layerCount];
        for (int i = 0; i < layers.Length; i++)
        {
            ReadOnlySpan<byte> layer = payload.Slice(WeightFileFormat.TopologyFixedSize + (i * WeightFileFormat.TopologyLayerSize));
            layers[i] = (BinaryPrimitives.ReadUInt32LittleEndian(layer), BinaryPrimitives.ReadUInt32LittleEndian(layer.Slice(4)));
        }

        return new StoredTopology(inputSize, loss, layers);
    }

    private static (int Count, ReadOnlyMemory<byte> Bytes) ReadParameters(ReadOnlyMemory<byte> payload, int elementSize)
    {
        if (payload.Length < WeightFileFormat.ParametersFixedSize)
        {
            throw new WeightFileException(WeightFileError.Malformed, Invariant($"The weight file's parameter section has {payload.Length} bytes, too few for its count."));
        }

        uint count = BinaryPrimitives.ReadUInt32LittleEndian(payload.Span);
        long expectedSize = WeightFileFormat.ParametersFixedSize + ((long)count * elementSize);
        if (payload.Length != expectedSize)
        {
            throw new WeightFileException(
                WeightFileError.Malformed,
                Invariant($"The weight file's parameter section declares {count} values of {elementSize} bytes, which take {expectedSize} bytes, but it has {payload.Length}."));
        }

        return ((int)count, payload.Slice(WeightFileFormat.ParametersFixedSize));
    }

    private static int ReadAtMost(Stream source, Span<byte> buffer)
    {
        int filled = 0;
        while (filled < buffer.Length)
        {
            int read = source.Read(buffer.Slice(filled));
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }

    private static WeightFileException Truncated(ulong declared, long available) => new(
        WeightFileError.Truncated,
        Invariant($"The weight file declares {declared} bytes, but the data ends after {available}: it was cut short."));

    private static WeightFileException Duplicate(string name) =>
        new(WeightFileError.Malformed, $"The weight file has more than one '{name}' section.");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
