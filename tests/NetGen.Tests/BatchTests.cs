using System.Numerics;
using NetGen.Tests.Networks;

namespace NetGen.Tests;

public class BatchTests
{
    [Theory]
    [MemberData(nameof(TestNetworks.AllNames), MemberType = typeof(TestNetworks))]
    public void ForwardBatch_equals_Forward_on_every_row(string name)
    {
        NetworkCase net = TestNetworks.ByName(name);
        if (net.Precision == Precision.Single)
        {
            Check<float>(net, tolerance: 1e-5);
        }
        else
        {
            Check<double>(net, tolerance: 1e-13);
        }
    }

    [Fact]
    public void ForwardBatch_rejects_partial_rows_and_wrong_output_lengths()
    {
        var net = new Deep_Tanh_SquaredError_F();
        Assert.Equal("inputs", Assert.Throws<ArgumentException>(() => net.ForwardBatch(new float[5], new float[4])).ParamName);
        Assert.Equal("outputs", Assert.Throws<ArgumentException>(() => net.ForwardBatch(new float[6], new float[4])).ParamName);
        net.ForwardBatch(ReadOnlySpan<float>.Empty, Span<float>.Empty); // zero rows is a valid, empty batch
    }

    [Fact]
    public void ForwardBatch_allocates_nothing()
    {
        var net = new LoopDeep_Tanh_SoftmaxCrossEntropy_F();
        net.InitializeParameters(3);
        var inputs = new float[37 * LoopDeep_Tanh_SoftmaxCrossEntropy_F.InputSize];
        var outputs = new float[37 * LoopDeep_Tanh_SoftmaxCrossEntropy_F.OutputSize];
        net.ForwardBatch(inputs, outputs);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            net.ForwardBatch(inputs, outputs);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void Check<T>(NetworkCase net, double tolerance)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var network = (INetwork<T>)net.Create();
        var random = new Random(21);
        Sample.Convert<T>(Sample.Draw(net, random).Parameters).CopyTo(network.Parameters);

        // Floats (blocks of 32, a padded last block from 16 rows on): 1 and 6 rows by Forward, 19 as one padded block,
        // 45 as a block and 13 by Forward, 70 as two blocks and 6 by Forward. Doubles (16, padded from 8): 1 and 6 by
        // Forward, 19 a block and 3 by Forward, 45 two blocks and a padded 13, 70 four blocks and 6 by Forward.
        foreach (int rows in new[] { 1, 6, 19, 45, 70 })
        {
            CheckRows<T>(net, network, random, rows, tolerance);
        }
    }

    private static void CheckRows<T>(NetworkCase net, INetwork<T> network, Random random, int rows, double tolerance)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T[] inputs = Sample.Convert<T>(Enumerable.Range(0, rows * net.InputSize).Select(_ => (random.NextDouble() * 3) - 1.5).ToArray());
        var batch = new T[rows * net.OutputSize];
        network.ForwardBatch(inputs, batch);

        var single = new T[net.OutputSize];
        for (int r = 0; r < rows; r++)
        {
            network.Forward(inputs.AsSpan(r * net.InputSize, net.InputSize), single);
            for (int k = 0; k < net.OutputSize; k++)
            {
                double expected = double.CreateChecked(single[k]);
                double actual = double.CreateChecked(batch[(r * net.OutputSize) + k]);
                Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Max(1, Math.Abs(expected)), $"{net.Name} {rows} rows: row {r} output {k}: {actual} vs {expected}");
            }
        }
    }
}
