using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NetGen.Benchmarks.Baselines;
using NetGen.Benchmarks.Cases;

namespace NetGen.Benchmarks.Benchmarks;

/// <summary>
/// The benchmarks of one network: single-sample forward, one SGD step, and a forward pass over a batch of 256, each by
/// the hand-written MLP (the baseline of its category), ONNX Runtime (inference only) and, in the derived class that
/// knows the generated type, NetGen. Every implementation starts from the same weights and walks the same 256 samples.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public abstract class NetBenchmarks
{
    private HandWrittenMlp _handWritten = null!;
    private OnnxRunner _onnxSingle = null!;
    private OnnxRunner _onnxBatch = null!;
    private float[] _output = null!;
    private float[] _batchOutput = null!;
    private int _sample;

    protected NetBenchmarks(NetCase netCase) => Case = netCase;

    /// <summary>The network, its weights and samples.</summary>
    public NetCase Case { get; }

    /// <summary>Where single-sample forward passes write.</summary>
    protected Span<float> Output => _output;

    [GlobalSetup]
    public void SetUp()
    {
        _output = new float[Case.OutputSize];
        _batchOutput = new float[NetCase.SampleCount * Case.OutputSize];
        _handWritten = new HandWrittenMlp(Case.Topology, Case.Parameters);
        _onnxSingle = new OnnxRunner(Case.Topology, Case.Parameters, batchSize: 1);
        _onnxBatch = new OnnxRunner(Case.Topology, Case.Parameters, batchSize: NetCase.SampleCount);
        Case.Inputs.CopyTo(_onnxBatch.Input);
        SetUpNetGen();
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _onnxSingle.Dispose();
        _onnxBatch.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory(Categories.Forward)]
    public void HandWritten_Forward() => _handWritten.Forward(NextInput(), _output);

    /// <summary>Writing the sample into the bound input is part of the call, as it is for any caller of a bound session.</summary>
    [Benchmark, BenchmarkCategory(Categories.Forward)]
    public void OnnxRuntime_Forward()
    {
        NextInput().CopyTo(_onnxSingle.Input);
        _onnxSingle.Run();
    }

    [Benchmark(Baseline = true), BenchmarkCategory(Categories.TrainStep)]
    public float HandWritten_TrainStep()
    {
        int sample = NextSample();
        return Case.Topology.Loss == Loss.SoftmaxCrossEntropy
            ? _handWritten.TrainStep(Case.Input(sample), Case.Label(sample), Case.LearningRate)
            : _handWritten.TrainStep(Case.Input(sample), Case.Target(sample), Case.LearningRate);
    }

    [Benchmark(Baseline = true), BenchmarkCategory(Categories.Batch)]
    public void HandWritten_Batch()
    {
        for (int i = 0; i < NetCase.SampleCount; i++)
        {
            _handWritten.Forward(Case.Input(i), BatchOutput(i));
        }
    }

    /// <summary>The 256 samples were written into the bound input once, in <see cref="SetUp"/>.</summary>
    [Benchmark, BenchmarkCategory(Categories.Batch)]
    public void OnnxRuntime_Batch() => _onnxBatch.Run();

    /// <summary>Creates the NetGen network; a no-op where the generator does not accept the net in this build.</summary>
    protected virtual void SetUpNetGen()
    {
    }

    /// <summary>A generated network loaded with the case's weights.</summary>
    protected TNet CreateNetGen<TNet>()
        where TNet : INetwork<float>, new()
    {
        var net = new TNet();
        Case.Parameters.CopyTo(net.Parameters);
        return net;
    }

    /// <summary>The next of the 256 samples, round and round, so no implementation sees one input over and over.</summary>
    protected int NextSample()
    {
        int sample = _sample;
        _sample = (sample + 1) & (NetCase.SampleCount - 1); // SampleCount is a power of two
        return sample;
    }

    protected ReadOnlySpan<float> NextInput() => Case.Input(NextSample());

    /// <summary>Row <paramref name="sample"/> of the batch's output.</summary>
    /// <summary>The outputs of all samples, row-major, for ForwardBatch.</summary>
    protected Span<float> BatchOutputs => _batchOutput;

    protected Span<float> BatchOutput(int sample) => _batchOutput.AsSpan(sample * Case.OutputSize, Case.OutputSize);
}
