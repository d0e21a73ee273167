using System.Numerics;
using System.Runtime.InteropServices;
using NetGen.Reliability.Tests.Networks;
using NetGen.Reliability.Tests.Support;
using NetGen.Training;

namespace NetGen.Reliability.Tests.Runtime;

/// <summary>
/// Same seed, same bits: InitializeParameters and Fit give bitwise identical weights in two independent runs, here two
/// separate compilations of the same declarations loaded into separate load contexts, so no static state is shared.
/// </summary>
[Collection(RandomNetworksCollection.Name)]
public sealed class DeterminismTests(RandomNetworks networks) : IDisposable
{
    private readonly List<NetworkAssembly> _assemblies = [];

    [Fact]
    public void InitializeParameters_with_one_seed_gives_bitwise_the_same_weights_in_independent_runs()
    {
        (IReadOnlyList<CompiledNetwork> first, IReadOnlyList<CompiledNetwork> second) = CompileTwice();
        for (int i = 0; i < first.Count; i++)
        {
            foreach (int seed in new[] { 0, 1, -7, int.MaxValue })
            {
                byte[] a = Initialized(first[i], seed);
                Assert.True(a.AsSpan().SequenceEqual(Initialized(second[i], seed)), $"{networks.Describe(first[i])}: seed {seed} gave different weights in the two runs");
                Assert.False(a.AsSpan().SequenceEqual(Initialized(second[i], seed + 1)), $"{networks.Describe(first[i])}: seeds {seed} and {seed + 1} gave the same weights");
            }
        }
    }

    [Fact]
    public void Fit_with_one_seed_gives_bitwise_the_same_weights_in_independent_runs()
    {
        (IReadOnlyList<CompiledNetwork> first, IReadOnlyList<CompiledNetwork> second) = CompileTwice();
        FitOptions[] settings =
        [
            new FitOptions { Epochs = 4, LearningRate = 0.05, Seed = 11 },
            new FitOptions { Epochs = 3, LearningRate = LearningRateSchedule.Exponential(0.01, 0.5, 20), Seed = 12, BatchSize = 5, Optimizer = Optimizer.Adam(), WeightDecay = 1e-4, MaxGradientNorm = 1 },
        ];
        for (int i = 0; i < first.Count; i++)
        {
            foreach (FitOptions options in settings)
            {
                byte[] a = Trained(first[i], options);
                Assert.True(a.AsSpan().SequenceEqual(Trained(second[i], options)), $"{networks.Describe(first[i])}: {options} gave different weights in the two runs");
                Assert.False(a.AsSpan().SequenceEqual(Trained(second[i], options with { Seed = options.Seed + 1 })), $"{networks.Describe(first[i])}: another shuffle seed gave the same weights");
            }
        }
    }

    public void Dispose()
    {
        foreach (NetworkAssembly assembly in _assemblies)
        {
            assembly.Dispose();
        }
    }

    /// <summary>A dozen of the random topologies, both precisions and code forms, compiled twice, separately.</summary>
    private (IReadOnlyList<CompiledNetwork> First, IReadOnlyList<CompiledNetwork> Second) CompileTwice()
    {
        Topology[] topologies = networks.All
            .GroupBy(n => (n.Topology.Precision, n.UsesLoops, n.Topology.Loss))
            .Select(g => g.First(n => n.Topology.ParameterCount < 2000).Topology)
            .ToArray();
        var first = RandomNetworks.CompileInMemory(topologies, "DeterminismFirst", networks.Seed);
        var second = RandomNetworks.CompileInMemory(topologies, "DeterminismSecond", networks.Seed);
        _assemblies.Add(first.Assembly);
        _assemblies.Add(second.Assembly);
        Assert.NotSame(first.Assembly.Assembly, second.Assembly.Assembly);
        return (first.Networks, second.Networks);
    }

    private static byte[] Initialized(CompiledNetwork network, int seed) => network.Topology.Precision == Precision.Single
        ? Initialized<float>(network.Create<float>(), seed)
        : Initialized<double>(network.Create<double>(), seed);

    private static byte[] Initialized<T>(INetwork<T> net, int seed)
        where T : unmanaged
    {
        net.InitializeParameters(seed);
        return MemoryMarshal.AsBytes(net.Parameters).ToArray();
    }

    private byte[] Trained(CompiledNetwork network, FitOptions options) => network.Topology.Precision == Precision.Single
        ? Trained<float>(network, network.Create<float>(), options)
        : Trained<double>(network, network.Create<double>(), options);

    private byte[] Trained<T>(CompiledNetwork network, INetwork<T> net, FitOptions options)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // The same data for both runs: drawn from the topology's own seed.
        var random = new Random(Seeds.Derive(networks.Seed, network.Topology.Id));
        const int rows = 24;
        var inputs = new List<double>();
        var targets = new List<double>();
        for (int r = 0; r < rows; r++)
        {
            Sample sample = Sample.Draw(network.Topology, random);
            inputs.AddRange(sample.Input);
            targets.AddRange(sample.Target);
        }

        net.InitializeParameters(seed: 3);
        net.Fit(Sample.Convert<T>([.. inputs]), Sample.Convert<T>([.. targets]), options);
        return MemoryMarshal.AsBytes(net.Parameters).ToArray();
    }
}
