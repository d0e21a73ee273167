using System.Text;

namespace NetGen.Interop.Tests.WeightFiles;

public sealed class Crc32Tests
{
    [Fact]
    public void The_checksum_of_the_standard_check_string_123456789_is_CBF43926()
    {
        // The check value every CRC-32 (IEEE 802.3 / zlib / PNG) implementation publishes for this input.
        Assert.Equal(0xCBF43926u, NetGen.Persistence.Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void The_checksum_agrees_with_System_IO_Hashing_on_random_data_of_many_lengths()
    {
        var random = new Random(31);
        for (int length = 0; length < 600; length += 7)
        {
            byte[] data = new byte[length];
            random.NextBytes(data);

            Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(data), NetGen.Persistence.Crc32.Compute(data));
        }
    }
}
