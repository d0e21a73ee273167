using System.Buffers.Binary;
using System.Text;
using NetGen.Interop.Tests.Networks;
using NetGen.Interop.Tests.Support;

namespace NetGen.Interop.Tests.WeightFiles;

/// <summary>Reads saved files by hand, following the layout table in docs/persistence.md, so the documented format is pinned.</summary>
public sealed class FormatTests
{
    [Fact]
    public void A_float_file_has_the_documented_header_sections_little_endian_values_and_crc32()
    {
        var network = new DeepClassifier();
        Parameters.Randomize(network, seed: 21);

        byte[] file = WeightFileBytes.Of(network);
        var reader = new SpanCursor(file);

        Assert.Equal(new byte[] { 0x89, 0x4E, 0x47, 0x57, 0x0D, 0x0A, 0x1A, 0x0A }, reader.Bytes(8));
        Assert.Equal(1, reader.UInt16());
        Assert.Equal(1, reader.Byte());
        Assert.Equal(0, reader.Byte());
        Assert.Equal(0u, reader.UInt32());
        Assert.Equal((ulong)file.Length, reader.UInt64());

        Assert.Equal("TOPO", reader.Tag());
        Assert.Equal(12UL + (8 * 4), reader.UInt64());
        Assert.Equal(5u, reader.UInt32());
        Assert.Equal((uint)Loss.SoftmaxCrossEntropy, reader.UInt32());
        Assert.Equal(4u, reader.UInt32());
        (uint, uint)[] layers = [(8, (uint)Activation.Tanh), (7, (uint)Activation.SiLU), (6, (uint)Activation.LeakyReLU), (4, (uint)Activation.Identity)];
        foreach ((uint units, uint activation) in layers)
        {
            Assert.Equal((units, activation), (reader.UInt32(), reader.UInt32()));
        }

        Assert.Equal("PARM", reader.Tag());
        int count = DeepClassifier.ParameterCount;
        Assert.Equal(4UL + (4UL * (ulong)count), reader.UInt64());
        Assert.Equal(0, reader.Offset % 4);
        Assert.Equal((uint)count, reader.UInt32());
        Assert.Equal(0, reader.Offset % 8);
        float[] stored = new float[count];
        for (int i = 0; i < count; i++)
        {
            stored[i] = BinaryPrimitives.ReadSingleLittleEndian(reader.Bytes(4));
        }

        Parameters.AssertBitwiseEqual(network.Parameters, stored);
        Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(file.AsSpan(0, reader.Offset)), reader.UInt32());
        Assert.Equal(file.Length, reader.Offset);
    }

    [Fact]
    public void A_double_file_has_element_type_2_and_eight_byte_little_endian_values()
    {
        var network = new SiluNetDouble();
        Parameters.Randomize(network, seed: 22);

        byte[] file = WeightFileBytes.Of(network);

        Assert.Equal(2, file[10]);
        int valuesOffset = 24 + 12 + 12 + (8 * 2) + 12 + 4;
        Assert.Equal(file.Length, valuesOffset + (8 * SiluNetDouble.ParameterCount) + 4);
        for (int i = 0; i < SiluNetDouble.ParameterCount; i++)
        {
            double stored = BinaryPrimitives.ReadDoubleLittleEndian(file.AsSpan(valuesOffset + (8 * i)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(network.Parameters[i]), BitConverter.DoubleToInt64Bits(stored));
        }
    }

    [Fact]
    public void Saving_the_same_weights_twice_gives_identical_bytes()
    {
        var network = new TanhNet();
        Parameters.Randomize(network, seed: 23);

        Assert.Equal(WeightFileBytes.Of(network), WeightFileBytes.Of(network));
    }

    private ref struct SpanCursor(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;

        public int Offset { get; private set; }

        public byte[] Bytes(int count)
        {
            byte[] bytes = _data.Slice(Offset, count).ToArray();
            Offset += count;
            return bytes;
        }

        public byte Byte() => Bytes(1)[0];

        public ushort UInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Bytes(2));

        public uint UInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Bytes(4));

        public ulong UInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Bytes(8));

        public string Tag() => Encoding.ASCII.GetString(Bytes(4));
    }
}
