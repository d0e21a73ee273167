using System;
using System.Buffers.Binary;

namespace NetGen.Persistence;

/// <summary>
/// The constants of the weight-file format, version 1; docs/persistence.md has the byte-by-byte layout. Every number is
/// little-endian. A file is a 24-byte header, a sequence of tagged sections, and a CRC-32 of everything before it.
/// </summary>
internal static class WeightFileFormat
{
    /// <summary>The version this library writes, and the only one it reads.</summary>
    public const ushort CurrentVersion = 1;

    /// <summary>Magic (8), version (2), element type (1), reserved (1), reserved (4), file length (8).</summary>
    public const int HeaderSize = 24;

    /// <summary>Tag (4) and payload length (8).</summary>
    public const int SectionHeaderSize = 12;

    /// <summary>The trailing CRC-32.</summary>
    public const int ChecksumSize = 4;

    /// <summary>The smallest file the layout allows: a header and a checksum with no section.</summary>
    public const int MinimumLength = HeaderSize + ChecksumSize;

    public const int VersionOffset = 8;
    public const int ElementTypeOffset = 10;
    public const int ReservedByteOffset = 11;
    public const int ReservedWordOffset = 12;
    public const int LengthOffset = 16;

    /// <summary>Element type code of IEEE 754 binary32 (float) parameters.</summary>
    public const byte Float32 = 1;

    /// <summary>Element type code of IEEE 754 binary64 (double) parameters.</summary>
    public const byte Float64 = 2;

    /// <summary>The topology section: input size, loss, layer count, then (units, activation) per layer.</summary>
    public const uint TopologyTag = 'T' | ('O' << 8) | ('P' << 16) | ((uint)'O' << 24);

    /// <summary>The parameter section: parameter count, then the parameters in INetwork.Parameters order.</summary>
    public const uint ParametersTag = 'P' | ('A' << 8) | ('R' << 16) | ((uint)'M' << 24);

    /// <summary>A checkpoint's optimiser section (ancillary): the rule, its hyperparameters and its state.</summary>
    public const uint OptimizerTag = 'o' | ('p' << 8) | ('t' << 16) | ((uint)'m' << 24);

    /// <summary>A checkpoint's training section (ancillary): epoch, update count, shuffle state and the run's settings.</summary>
    public const uint TrainingTag = 't' | ('r' << 8) | ('n' << 16) | ((uint)'g' << 24);

    /// <summary>Input size (4), loss (4), layer count (4).</summary>
    public const int TopologyFixedSize = 12;

    /// <summary>Units (4) and activation (4) of one layer.</summary>
    public const int TopologyLayerSize = 8;

    /// <summary>The parameter count (4) before the values.</summary>
    public const int ParametersFixedSize = 4;

    /// <summary>
    /// "\x89NGW\r\n\x1a\n", built like PNG's signature: the high first byte catches 7-bit transfers, CR LF and LF catch
    /// line-ending conversion, and 0x1A stops a DOS "type" listing.
    /// </summary>
    public static ReadOnlySpan<byte> Magic => [0x89, (byte)'N', (byte)'G', (byte)'W', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// A tag whose first character is an upper-case ASCII letter marks a section a reader must understand to use the
    /// file; one starting with a lower-case letter is ancillary, and a reader that does not know it skips it.
    /// </summary>
    public static bool IsCritical(uint tag) => (byte)tag is >= (byte)'A' and <= (byte)'Z';

    /// <summary>A tag is four printable ASCII characters starting with a letter.</summary>
    public static bool IsWellFormedTag(uint tag)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, tag);
        if (!char.IsAsciiLetter((char)bytes[0]))
        {
            return false;
        }

        foreach (byte b in bytes)
        {
            if (b is < 0x20 or > 0x7E)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tag as its four characters, for messages.</summary>
    public static string TagText(uint tag)
    {
        Span<char> text = stackalloc char[4];
        for (int i = 0; i < 4; i++)
        {
            byte b = (byte)(tag >> (8 * i));
            text[i] = b is >= 0x20 and <= 0x7E ? (char)b : '?';
        }

        return new string(text);
    }

    /// <summary>The size in bytes of one parameter for an element type code, or 0 for an unknown code.</summary>
    public static int ElementSize(byte elementType) => elementType switch
    {
        Float32 => sizeof(float),
        Float64 => sizeof(double),
        _ => 0,
    };

    /// <summary>The element type code of <see cref="Precision"/>.</summary>
    public static byte ElementType(Precision precision) => precision == Precision.Double ? Float64 : Float32;

    /// <summary>"float32 (float)" or "float64 (double)", for messages.</summary>
    public static string ElementTypeName(byte elementType) => elementType switch
    {
        Float32 => "float32 (float)",
        Float64 => "float64 (double)",
        _ => $"unknown element type code {elementType}",
    };
}
