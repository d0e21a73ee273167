using System.Numerics;
using NetGen.Runtime;
using NetGen.Tests.Networks;

namespace NetGen.Tests;

/// <summary>A new network starts from the lecture's small random Gaussian weights of the default seed, not from zeros.</summary>
public class InitializationTests
{
    [Fact]
    public void The_default_seed_is_one_documented_constant()
    {
        Assert.Equal(GaussianInitializer.DefaultSeed, XorNet.DefaultSeed);
        Assert.Equal(GaussianInitializer.DefaultSeed, Deep_Tanh_SoftmaxCrossEntropy_D.DefaultSeed);
        Assert.Equal(GaussianInitializer.DefaultSeed, Outer.InnerNet.DefaultSeed);
    }

    [Theory]
    [MemberData(nameof(TestNetworks.AllNames), MemberType = typeof(TestNetworks))]
    public void A_new_network_holds_bitwise_the_weights_of_InitializeParameters_with_the_default_seed(string name)
    {
        NetworkCase net = TestNetworks.ByName(name);
        if (net.Precision == Precision.Single)
        {
            CheckDefault<float>(net);
        }
        else
        {
            CheckDefault<double>(net);
        }
    }

    [Fact]
    public void Each_layer_of_a_new_network_has_its_Glorot_or_He_spread_and_zero_biases()
    {
        var net = new SpreadNet();
        LayerTopology tanh = SpreadNet.Topology.Layers[0];
        LayerTopology relu = SpreadNet.Topology.Layers[1];
        LayerTopology output = SpreadNet.Topology.Layers[2];

        // 1,536 and 1,920 draws: the standard error of a sample sigma is sigma / sqrt(2n), 1.8 % and 1.6 %.
        AssertSpread(net.Parameters.Slice(tanh.WeightOffset, tanh.Inputs * tanh.Units), Math.Sqrt(2.0 / (32 + 48)), tolerance: 0.08);
        AssertSpread(net.Parameters.Slice(relu.WeightOffset, relu.Inputs * relu.Units), Math.Sqrt(2.0 / 48), tolerance: 0.08);
        // 40 draws: standard error 11 %.
        AssertSpread(net.Parameters.Slice(output.WeightOffset, output.Inputs * output.Units), Math.Sqrt(2.0 / (40 + 1)), tolerance: 0.4);
        foreach (LayerTopology layer in SpreadNet.Topology.Layers)
        {
            Assert.All(net.Parameters.Slice(layer.BiasOffset, layer.Units).ToArray(), b => Assert.Equal(0f, b));
        }

        // The layers draw from one sequence: no two layers start alike, and another seed gives other weights.
        var other = new SpreadNet();
        other.InitializeParameters(GaussianInitializer.DefaultSeed + 1);
        Assert.False(other.Parameters.SequenceEqual(net.Parameters));
    }

    [Fact]
    public void A_network_with_only_its_own_constructors_starts_from_the_default_weights_in_each()
    {
        var expected = new OwnConstructorNet("reference");
        expected.InitializeParameters(OwnConstructorNet.DefaultSeed);

        var direct = new OwnConstructorNet("direct");
        var chained = new OwnConstructorNet(7);

        Assert.Equal("direct", direct.Name);
        Assert.Equal("net 7", chained.Name);
        Assert.True(direct.Parameters.SequenceEqual(expected.Parameters), "a user constructor skipped the default weights");
        Assert.True(chained.Parameters.SequenceEqual(expected.Parameters), "a chained user constructor skipped the default weights");
        Assert.True(direct.Parameters.IndexOfAnyExcept(0f) >= 0);

        // Two instances own separate blocks: training one leaves the other as constructed.
        direct.TrainStep([0.5f, -0.25f, 1f], 2, 0.5f);
        Assert.False(direct.Parameters.SequenceEqual(chained.Parameters));
        Assert.True(chained.Parameters.SequenceEqual(expected.Parameters));
    }

    [Fact]
    public void A_new_network_is_not_the_zero_network_and_its_outputs_depend_on_the_input()
    {
        var net = new Shallow_Tanh_SquaredError_F();
        var a = new float[2];
        var b = new float[2];
        net.Forward([0.5f, -1f, 0.25f], a);
        net.Forward([-0.5f, 1f, 0.75f], b);

        // From zero weights every output was 0 for every input.
        Assert.False(a.AsSpan().SequenceEqual(b), "a new network computes a constant");
        Assert.True(a.AsSpan().IndexOfAnyExcept(0f) >= 0);
    }

    [Fact]
    public void The_first_TrainStep_of_a_new_step_record_net_starts_from_its_parameters()
    {
        // XorNet (2-3-1) keeps a step record, created zero; the default weights are not zero, so the first step must
        // restart the record from the parameters: a step from the record's zero copy would see z(2) = 0.
        var net = new XorNet();
        float[] x = [1f, 0f];
        float[] before = net.Parameters.ToArray();
        float loss = net.ComputeLoss(x, 1f);
        var gradient = new float[XorNet.ParameterCount];
        net.AccumulateGradient(x, 1f, gradient);
        Assert.True(gradient.AsSpan().IndexOfAnyExcept(0f) >= 0, "the sample is on the margin; pick another");

        Assert.Equal(loss, net.TrainStep(x, 1f, 0.5f));
        for (int i = 0; i < before.Length; i++)
        {
            float expected = before[i] - (0.5f * gradient[i]);
            Assert.True(Math.Abs(net.Parameters[i] - expected) <= 1e-6f * Math.Max(1f, Math.Abs(expected)), $"parameter {i}: {net.Parameters[i]} vs {expected}");
        }
    }

    private static void CheckDefault<T>(NetworkCase net)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var created = (INetwork<T>)net.Create();
        T[] constructed = created.Parameters.ToArray();
        created.InitializeParameters(GaussianInitializer.DefaultSeed);

        Assert.True(constructed.AsSpan().SequenceEqual(created.Parameters), $"{net.Name}: new differs from InitializeParameters(DefaultSeed)");
        Assert.True(constructed.AsSpan().IndexOfAnyExcept(T.Zero) >= 0, $"{net.Name}: a new network is all zeros");

        // Weights drawn, biases zero, layer by layer.
        int offset = 0;
        int inputs = net.InputSize;
        foreach ((int units, _) in net.Layers)
        {
            Assert.True(constructed.AsSpan(offset, inputs * units).IndexOfAnyExcept(T.Zero) >= 0, $"{net.Name}: a layer's weights are all zero");
            Assert.True(constructed.AsSpan(offset + (inputs * units), units).IndexOfAnyExcept(T.Zero) < 0, $"{net.Name}: a bias is not zero");
            offset += (inputs * units) + units;
            inputs = units;
        }
    }

    private static void AssertSpread(ReadOnlySpan<float> weights, double sigma, double tolerance)
    {
        double mean = 0;
        foreach (float w in weights)
        {
            mean += w;
        }

        mean /= weights.Length;
        double variance = 0;
        foreach (float w in weights)
        {
            variance += (w - mean) * (w - mean);
        }

        double sampleSigma = Math.Sqrt(variance / weights.Length);
        Assert.InRange(sampleSigma, sigma * (1 - tolerance), sigma * (1 + tolerance));
        Assert.InRange(mean, -3 * sigma / Math.Sqrt(weights.Length), 3 * sigma / Math.Sqrt(weights.Length));
    }
}
