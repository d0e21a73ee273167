using System.Runtime;
using System.Runtime.CompilerServices;
using NetGen.Runtime;
using NetGen.Tests.Networks;

namespace NetGen.Tests;

/// <summary>
/// A generated network keeps its parameters in an <see cref="AlignedParameters{T}"/> block, so that its vector loads
/// never split across two cache lines. The block must start on a 64-byte boundary for every length and both
/// precisions, stay there after garbage collections that compact the heap, start zeroed, and be exactly as long as
/// asked.
/// </summary>
public class AlignedParametersTests
{
    private static long AddressOf<T>(ref T element) => Unsafe.ByteOffset(ref Unsafe.NullRef<T>(), ref element).ToInt64();

    public static TheoryData<int> Lengths() => [0, 1, 2, 3, 7, 8, 13, 15, 16, 17, 63, 64, 65, 2410, 101_770];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_float_block_starts_on_a_64_byte_boundary_zeroed_and_as_long_as_asked(int length) => CheckNewBlock<float>(length);

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_double_block_starts_on_a_64_byte_boundary_zeroed_and_as_long_as_asked(int length) => CheckNewBlock<double>(length);

    private static void CheckNewBlock<T>(int length)
        where T : unmanaged, IEquatable<T>
    {
        var block = new AlignedParameters<T>(length);

        Assert.Equal(0, AddressOf(ref block.Start) % AlignedParameters<T>.Alignment);
        Assert.Equal(length, block.Span.Length);
        Assert.True(block.Span.IndexOfAnyExcept(default(T)) < 0, "a new block is not all zeros");
        if (length > 0)
        {
            Assert.True(Unsafe.AreSame(ref block.Start, ref block.Span[0]));
        }
    }

    [Fact]
    public void Many_blocks_all_start_on_the_boundary()
    {
        // Consecutive allocations land at different offsets within a cache line; each must find its own boundary.
        for (int i = 0; i < 200; i++)
        {
            var block = new AlignedParameters<float>(1 + (i % 37));
            Assert.Equal(0, AddressOf(ref block.Start) % 64);
            block.Span.Fill(i);
            Assert.Equal(i, block.Span[^1]);
        }
    }

    [Fact]
    public void The_block_and_its_values_survive_compacting_collections()
    {
        var block = new AlignedParameters<float>(1000);
        for (int i = 0; i < 1000; i++)
        {
            block.Span[i] = i * 0.5f;
        }

        long before = AddressOf(ref block.Start);
        for (int round = 0; round < 3; round++)
        {
            // Garbage around the block, then a full blocking compacting collection: a movable array could move here.
            for (int i = 0; i < 1000; i++)
            {
                _ = new float[i % 100];
            }

            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        Assert.Equal(before, AddressOf(ref block.Start));
        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(i * 0.5f, block.Span[i]);
        }
    }

    [Fact]
    public void A_negative_length_is_rejected_with_its_name()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AlignedParameters<float>(-1));
        Assert.Equal("length", error.ParamName);
    }

    [Theory]
    [MemberData(nameof(TestNetworks.AllNames), MemberType = typeof(TestNetworks))]
    public void Every_generated_network_keeps_its_parameters_on_the_boundary(string name)
    {
        NetworkCase net = TestNetworks.ByName(name);
        object instance = net.Create();
        long address = instance switch
        {
            INetwork<float> single => AddressOf(ref single.Parameters[0]),
            INetwork<double> twin => AddressOf(ref twin.Parameters[0]),
            _ => throw new InvalidOperationException($"{name} is neither INetwork<float> nor INetwork<double>"),
        };

        Assert.Equal(0, address % 64);
    }

    [Fact]
    public void Writes_through_Parameters_are_what_the_network_computes_with()
    {
        var net = new XorNet();
        Span<float> p = net.Parameters;
        Assert.Equal(XorNet.ParameterCount, p.Length);

        // W(2) = 0 and b(2) = 0.75: the score is b(2) whatever the input.
        p.Clear();
        p[12] = 0.75f;
        Assert.Equal(0.75f, net.Predict([0.3f, -0.2f]));
        Assert.Equal(0.75f, net.Parameters[12]);
    }
}
