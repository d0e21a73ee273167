using NetGen.Benchmarks.Networks;

namespace NetGen.Benchmarks.Cases;

/// <summary>
/// The networks of the suite, named as the performance issue names them. Output layers are Identity; regressions train
/// with SquaredError, classifiers with SoftmaxCrossEntropy.
/// </summary>
public static partial class NetCatalog
{
    internal const string Relu64x32x10Name = "64-32-10 ReLU";
    internal const string Relu784x128x10Name = "784-128-10 ReLU";
    internal const string Tanh16x64x64x1Name = "16-64-64-1 tanh";

    public static NetCase Sigmoid2x3x1 { get; } = new(
        "2-3-1 sigmoid",
        new NetworkTopology(2, Loss.SquaredError, Precision.Single, (3, Activation.Sigmoid), (1, Activation.Identity)),
        learningRate: 0.01f,
        seed: 100,
        () => new Sigmoid2x3x1Net());

    public static NetCase Tanh2x16x1 { get; } = new(
        "2-16-1 tanh",
        new NetworkTopology(2, Loss.SquaredError, Precision.Single, (16, Activation.Tanh), (1, Activation.Identity)),
        learningRate: 0.01f,
        seed: 200,
        () => new Tanh2x16x1Net());

    public static NetCase Tanh4x16x3 { get; } = new(
        "4-16-3 tanh",
        new NetworkTopology(4, Loss.SoftmaxCrossEntropy, Precision.Single, (16, Activation.Tanh), (3, Activation.Identity)),
        learningRate: 0.01f,
        seed: 300,
        () => new Tanh4x16x3Net());

    public static NetCase Relu64x32x10 { get; } = new(
        Relu64x32x10Name,
        new NetworkTopology(64, Loss.SoftmaxCrossEntropy, Precision.Single, (32, Activation.ReLU), (10, Activation.Identity)),
        learningRate: 0.01f,
        seed: 400,
        LargeNetGen(Relu64x32x10Name));

    public static NetCase Relu784x128x10 { get; } = new(
        Relu784x128x10Name,
        new NetworkTopology(784, Loss.SoftmaxCrossEntropy, Precision.Single, (128, Activation.ReLU), (10, Activation.Identity)),
        learningRate: 0.001f,
        seed: 500,
        LargeNetGen(Relu784x128x10Name));

    /// <summary>The net of the batch-throughput target (>= 50% of the core's FMA peak).</summary>
    public static NetCase Tanh16x64x64x1 { get; } = new(
        Tanh16x64x64x1Name,
        new NetworkTopology(16, Loss.SquaredError, Precision.Single, (64, Activation.Tanh), (64, Activation.Tanh), (1, Activation.Identity)),
        learningRate: 0.01f,
        seed: 600,
        LargeNetGen(Tanh16x64x64x1Name));

    /// <summary>Every net, smallest first. Declared after the nets: static initialisers run in text order.</summary>
    public static IReadOnlyList<NetCase> All { get; } =
        [Sigmoid2x3x1, Tanh2x16x1, Tanh4x16x3, Relu64x32x10, Relu784x128x10, Tanh16x64x64x1];

    private static Func<INetwork<float>>? LargeNetGen(string name)
    {
        Func<INetwork<float>>? factory = null;
        FindLargeNetGen(name, ref factory);
        return factory;
    }

    /// <summary>Implemented in Networks/LargeNetworks.cs when it is compiled (-p:NetGenLargeNets=true).</summary>
    static partial void FindLargeNetGen(string name, ref Func<INetwork<float>>? factory);
}
