using NetGen;

namespace NetGen.Benchmarks.Cases;

/// <summary>
/// One network of the suite: its architecture, the weights and samples every implementation is given, and, when the
/// generator accepts the network in this build, a factory for NetGen's generated class.
/// </summary>
public sealed class NetCase
{
    /// <summary>The samples in <see cref="Inputs"/>: a batch for the batch benchmark, cycled through one at a time by the others.</summary>
    public const int SampleCount = 256;

    internal NetCase(string name, NetworkTopology topology, float learningRate, int seed, Func<INetwork<float>>? createNetGen)
    {
        Name = name;
        Topology = topology;
        LearningRate = learningRate;
        CreateNetGen = createNetGen;
        Parameters = SampleData.Parameters(topology, seed);
        Inputs = SampleData.Inputs(topology.InputSize * SampleCount, seed + 1);
        Targets = SampleData.Targets(topology, SampleCount, seed + 2);
    }

    /// <summary>"2-16-1 tanh": the sizes and the hidden activation, as the issue names the net.</summary>
    public string Name { get; }

    /// <summary>The architecture; the hand-written MLP and the ONNX graph are built from it.</summary>
    public NetworkTopology Topology { get; }

    /// <summary>The step size of the SGD benchmark, small enough that 784 inputs do not make it diverge.</summary>
    public float LearningRate { get; }

    /// <summary>Creates the generated network, or null when the generator rejects this net in this build (NG0011).</summary>
    public Func<INetwork<float>>? CreateNetGen { get; }

    /// <summary>The starting weights and biases in NetGen's layout: per layer W(l) row-major [outputs x inputs], then b(l).</summary>
    public float[] Parameters { get; }

    /// <summary><see cref="SampleCount"/> inputs, row after row.</summary>
    public float[] Inputs { get; }

    /// <summary>
    /// One target row per sample, as <see cref="INetwork{T}"/> takes it: OutputSize values for SquaredError, one class
    /// index stored as a float for SoftmaxCrossEntropy.
    /// </summary>
    public float[] Targets { get; }

    public int InputSize => Topology.InputSize;

    public int OutputSize => Topology.OutputSize;

    public int TargetSize => Topology.Loss == Loss.SquaredError ? Topology.OutputSize : 1;

    /// <summary>Multiply-adds of one forward pass: the sum of inputs x units over the layers.</summary>
    public long MultiplyAddsPerSample => Topology.Layers.Sum(layer => (long)layer.Inputs * layer.Units);

    public ReadOnlySpan<float> Input(int sample) => Inputs.AsSpan(sample * InputSize, InputSize);

    public ReadOnlySpan<float> Target(int sample) => Targets.AsSpan(sample * TargetSize, TargetSize);

    /// <summary>The class of a SoftmaxCrossEntropy sample.</summary>
    public int Label(int sample) => (int)Targets[sample];

    public override string ToString() => Name;
}
