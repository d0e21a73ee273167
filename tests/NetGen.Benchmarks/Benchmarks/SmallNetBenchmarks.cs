using BenchmarkDotNet.Attributes;
using NetGen.Benchmarks.Cases;
using NetGen.Benchmarks.Networks;

namespace NetGen.Benchmarks.Benchmarks;

// One class per network the generator accepts today: the NetGen methods call the generated class directly (no
// interface dispatch), as a user's code would.

/// <summary>2-3-1 sigmoid, SquaredError.</summary>
public class Sigmoid2x3x1 : NetBenchmarks
{
    private Sigmoid2x3x1Net _netGen = null!;

    public Sigmoid2x3x1()
        : base(NetCatalog.Sigmoid2x3x1)
    {
    }

    [Benchmark, BenchmarkCategory(Categories.Forward)]
    public void NetGen_Forward() => _netGen.Forward(NextInput(), Output);

    [Benchmark, BenchmarkCategory(Categories.TrainStep)]
    public float NetGen_TrainStep()
    {
        int sample = NextSample();
        return _netGen.TrainStep(Case.Input(sample), Case.Target(sample), Case.LearningRate);
    }

    [Benchmark, BenchmarkCategory(Categories.Batch)]
    public void NetGen_Batch()
    {
        _netGen.ForwardBatch(Case.Inputs, BatchOutputs);
    }

    protected override void SetUpNetGen() => _netGen = CreateNetGen<Sigmoid2x3x1Net>();
}

/// <summary>2-16-1 tanh, SquaredError.</summary>
public class Tanh2x16x1 : NetBenchmarks
{
    private Tanh2x16x1Net _netGen = null!;

    public Tanh2x16x1()
        : base(NetCatalog.Tanh2x16x1)
    {
    }

    [Benchmark, BenchmarkCategory(Categories.Forward)]
    public void NetGen_Forward() => _netGen.Forward(NextInput(), Output);

    [Benchmark, BenchmarkCategory(Categories.TrainStep)]
    public float NetGen_TrainStep()
    {
        int sample = NextSample();
        return _netGen.TrainStep(Case.Input(sample), Case.Target(sample), Case.LearningRate);
    }

    [Benchmark, BenchmarkCategory(Categories.Batch)]
    public void NetGen_Batch()
    {
        _netGen.ForwardBatch(Case.Inputs, BatchOutputs);
    }

    protected override void SetUpNetGen() => _netGen = CreateNetGen<Tanh2x16x1Net>();
}

/// <summary>4-16-3 tanh, SoftmaxCrossEntropy.</summary>
public class Tanh4x16x3 : NetBenchmarks
{
    private Tanh4x16x3Net _netGen = null!;

    public Tanh4x16x3()
        : base(NetCatalog.Tanh4x16x3)
    {
    }

    [Benchmark, BenchmarkCategory(Categories.Forward)]
    public void NetGen_Forward() => _netGen.Forward(NextInput(), Output);

    [Benchmark, BenchmarkCategory(Categories.TrainStep)]
    public float NetGen_TrainStep()
    {
        int sample = NextSample();
        return _netGen.TrainStep(Case.Input(sample), Case.Label(sample), Case.LearningRate);
    }

    [Benchmark, BenchmarkCategory(Categories.Batch)]
    public void NetGen_Batch()
    {
        _netGen.ForwardBatch(Case.Inputs, BatchOutputs);
    }

    protected override void SetUpNetGen() => _netGen = CreateNetGen<Tanh4x16x3Net>();
}
