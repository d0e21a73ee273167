using NetGen.Benchmarks.Cases;

namespace NetGen.Benchmarks.Benchmarks;

// The networks past the generator's unrolling budget. Here they have the hand-written and ONNX Runtime benchmarks of
// the base class; their NetGen benchmarks are the other part of each class, in Networks/LargeNetworks.cs, compiled with
// -p:NetGenLargeNets=true.

/// <summary>64-32-10 ReLU, SoftmaxCrossEntropy.</summary>
public partial class Relu64x32x10 : NetBenchmarks
{
    public Relu64x32x10()
        : base(NetCatalog.Relu64x32x10)
    {
    }
}

/// <summary>784-128-10 ReLU, SoftmaxCrossEntropy.</summary>
public partial class Relu784x128x10 : NetBenchmarks
{
    public Relu784x128x10()
        : base(NetCatalog.Relu784x128x10)
    {
    }
}

/// <summary>16-64-64-1 tanh, SquaredError: the net of the batch-throughput target.</summary>
public partial class Tanh16x64x64x1 : NetBenchmarks
{
    public Tanh16x64x64x1()
        : base(NetCatalog.Tanh16x64x64x1)
    {
    }
}
