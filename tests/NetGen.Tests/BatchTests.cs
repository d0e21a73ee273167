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

        // 70 rows: two full blocks of 32 floats (four of 16 doubles) and a tail of 6 that goes through Forward.
        const int rows = 70;
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
                Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Max(1, Math.Abs(expected)), $"{net.Name} row {r} output {k}: {actual} vs {expected}");
            }
        }
    }
}
