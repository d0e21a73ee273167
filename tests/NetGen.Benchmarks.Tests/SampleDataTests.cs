using NetGen.Benchmarks.Cases;

namespace NetGen.Benchmarks.Tests;

public class SampleDataTests
{
    [Fact]
    public void Every_implementation_gets_the_same_numbers_on_every_run()
    {
        NetworkTopology topology = NetCatalog.Tanh4x16x3.Topology;

        Assert.Equal(SampleData.Parameters(topology, 7), SampleData.Parameters(topology, 7));
        Assert.NotEqual(SampleData.Parameters(topology, 7), SampleData.Parameters(topology, 8));
    }

    [Fact]
    public void Biases_are_not_zero_so_a_misplaced_bias_would_show()
    {
        NetCase net = NetCatalog.Tanh2x16x1;
        LayerTopology hidden = net.Topology.Layers[0];

        Assert.All(net.Parameters.AsSpan(hidden.BiasOffset, hidden.Units).ToArray(), bias => Assert.NotEqual(0f, bias));
    }

    [Fact]
    public void Class_targets_are_valid_class_indices()
    {
        NetCase net = NetCatalog.Relu64x32x10;

        Assert.All(net.Targets, label => Assert.InRange(label, 0, net.OutputSize - 1));
        Assert.All(net.Targets, label => Assert.Equal(MathF.Floor(label), label));
        Assert.True(net.Targets.Distinct().Count() > 1);
    }
}
