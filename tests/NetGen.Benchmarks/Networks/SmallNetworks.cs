namespace NetGen.Benchmarks.Networks;

// The nets of the suite that the generator unrolls today. Their architectures are restated in NetCatalog, which the
// hand-written MLP and the ONNX graph are built from; a test checks that each Topology here equals the catalog's.

/// <summary>2-3-1 sigmoid, the lecture's XOR shape, as a regression.</summary>
[Network(Loss.SquaredError)]
[Input(2)]
[Dense(3, Activation.Sigmoid)]
[Dense(1)]
public partial class Sigmoid2x3x1Net
{
}

/// <summary>2-16-1 tanh, a small regression.</summary>
[Network(Loss.SquaredError)]
[Input(2)]
[Dense(16, Activation.Tanh)]
[Dense(1)]
public partial class Tanh2x16x1Net
{
}

/// <summary>4-16-3 tanh, an Iris-sized classifier.</summary>
[Network(Loss.SoftmaxCrossEntropy)]
[Input(4)]
[Dense(16, Activation.Tanh)]
[Dense(3)]
public partial class Tanh4x16x3Net
{
}
