using System;
using System.Buffers.Binary;

namespace NetGen.Persistence;

/// <summary>
/// Lays out a complete version-1 weight file in memory: header, TOPO and PARM sections, any ancillary sections (a
/// checkpoint's optm and trng), CRC-32.
/// </summary>
internal static class WeightFileWriter
{
    public static byte[] Write<T>(NetworkTopology topology, ReadOnlySpan<T> parameters)
        where T : unmanaged => Write(topology, parameters, []);

    public static byte[] Write<T>(NetworkTopology topology, ReadOnlySpan<T> parameters, ReadOnlySpan<(uint Tag, byte[] Payload)> ancillary)
        where T : unmanaged
    {
        byte elementType = ParameterCodec.ElementTypeOf<T>();
        if (elementType != WeightFileFormat.ElementType(topology.Precision))
        {
            throw new ArgumentException($"The network's topology says {topology.Precision}, but its parameters are {typeof(T).Name}.", nameof(topology));
        }

        if (parameters.Length != topology.ParameterCount)
        {
            throw new ArgumentException($"The network has {parameters.Length} parameters, but its topology needs {topology.ParameterCount}.", nameof(parameters));
        }

        int elementSize = WeightFileFormat.ElementSize(elementType);
        int topologySize = WeightFileFormat.TopologyFixedSize + (topology.Layers.Count * WeightFileFormat.TopologyLayerSize);
        long parametersSize = WeightFileFormat.ParametersFixedSize + ((long)parameters.Length * elementSize);
        long length = WeightFileFormat.HeaderSize
            + WeightFileFormat.SectionHeaderSize + topologySize
            + WeightFileFormat.SectionHeaderSize + parametersSize
            + WeightFileFormat.ChecksumSize;
        foreach ((uint tag, byte[] payload) in ancillary)
        {
            // Ancillary sections only: a critical one would make older readers refuse the file.
            if (WeightFileFormat.IsCritical(tag) || !WeightFileFormat.IsWellFormedTag(tag))
            {
                throw new ArgumentException($"'{WeightFileFormat.TagText(tag)}' is not an ancillary section tag.", nameof(ancillary));
            }

            length += WeightFileFormat.SectionHeaderSize + payload.Length;
        }

        if (length > Array.MaxLength)
        {
            throw new NotSupportedException($"A weight file of {length} bytes exceeds the largest array .NET can hold.");
        }

        var file = new byte[length];
        Span<byte> span = file;

        // Header; the reserved fields stay 0.
        WeightFileFormat.Magic.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span.Slice(WeightFileFormat.VersionOffset), WeightFileFormat.CurrentVersion);
        span[WeightFileFormat.ElementTypeOffset] = elementType;
        BinaryPrimitives.WriteUInt64LittleEndian(span.Slice(WeightFileFormat.LengthOffset), (ulong)length);
        int offset = WeightFileFormat.HeaderSize;

        offset = WriteSectionHeader(span, offset, WeightFileFormat.TopologyTag, topologySize);
        BinaryPrimitives.WriteUInt32LittleEndian(span.Slice(offset), (uint)topology.InputSize);
        BinaryPrimitives.WriteUInt32LittleEndian(span.Slice(offset + 4), (uint)topology.Loss);
        BinaryPrimitives.WriteUInt32LittleEndian(span.Slice(offset + 8), (uint)topology.Layers.Count);
        offset += WeightFileFormat.TopologyFixedSize;
        foreach (LayerTopology layer in topology.Layers)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span.Slice(offset), (uint)layer.Units);
            BinaryPrimitives.WriteUInt32LittleEndian(span.Slice(offset + 4), (uint)layer.Activation);
            offset += WeightFileFormat.TopologyLayerSize;
        }

        offset = WriteSectionHeader(span, offset, WeightFileFormat.ParametersTag, parametersSize);
        BinaryPrimitives.WriteUInt32LittleEndian(span.Slice(offset), (uint)parameters.Length);
        offset += WeightFileFormat.ParametersFixedSize;
        ParameterCodec.Encode(parameters, span.Slice(offset, parameters.Length * elementSize));
        offset += parameters.Length * elementSize;

        // After PARM, so the parameter values keep their 8-byte-aligned offset.
        foreach ((uint tag, byte[] payload) in ancillary)
        {
            offset = WriteSectionHeader(span, offset, tag, payload.Length);
            payload.CopyTo(span.Slice(offset));
            offset += payload.Length;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(span.Slice(offset), Crc32.Compute(span.Slice(0, offset)));
        return file;
    }

    private static int WriteSectionHeader(Span<byte> file, int offset, uint tag, long payloadSize)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(file.Slice(offset), tag);
        BinaryPrimitives.WriteUInt64LittleEndian(file.Slice(offset + 4), (ulong)payloadSize);
        return offset + WeightFileFormat.SectionHeaderSize;
    }
}
