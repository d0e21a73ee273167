// The nets past the unrolling budget, which the generator emits as loops over SIMD kernels (NG0014). Compiled unless
// -p:NetGenLargeNets=false (see the csproj); everything NetGen-specific about them lives in this file, so switching the
// property off removes their NetGen benchmarks and their rows in the validation without touching anything else.
using NetGen.Benchmarks.Benchmarks;
using NetGen.Benchmarks.Cases;

namespace NetGen.Benchmarks.Networks
{
    /// <summary>64-32-10 ReLU, an 8x8-digits classifier.</summary>
    [Network(Loss.SoftmaxCrossEntropy)]
    [Input(64)]
    [Dense(32, Activation.ReLU)]
    [Dense(10)]
    public partial class Relu64x32x10Net
    {
    }

    /// <summary>784-128-10 ReLU, the MNIST classifier.</summary>
    [Network(Loss.SoftmaxCrossEntropy)]
    [Input(784)]
    [Dense(128, Activation.ReLU)]
    [Dense(10)]
    public partial class Relu784x128x10Net
    {
    }

    /// <summary>16-64-64-1 tanh, the net of the batch-throughput target.</summary>
    [Network(Loss.SquaredError)]
    [Input(16)]
    [Dense(64, Activation.Tanh)]
    [Dense(64, Activation.Tanh)]
    [Dense(1)]
    public partial class Tanh16x64x64x1Net
    {
    }
}

namespace NetGen.Benchmarks.Cases
{
    using NetGen.Benchmarks.Networks;

    public static partial class NetCatalog
    {
        static partial void FindLargeNetGen(string name, ref Func<INetwork<float>>? factory) =>
            factory = name switch
            {
                Relu64x32x10Name => () => new Relu64x32x10Net(),
                Relu784x128x10Name => () => new Relu784x128x10Net(),
                Tanh16x64x64x1Name => () => new Tanh16x64x64x1Net(),
                _ => null,
            };
    }
}

namespace NetGen.Benchmarks.Benchmarks
{
    using BenchmarkDotNet.Attributes;
    using NetGen.Benchmarks.Networks;

    public partial class Relu64x32x10
    {
        private Relu64x32x10Net _netGen = null!;

        protected override void SetUpNetGen() => _netGen = CreateNetGen<Relu64x32x10Net>();

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
    }

    public partial class Relu784x128x10
    {
        private Relu784x128x10Net _netGen = null!;

        protected override void SetUpNetGen() => _netGen = CreateNetGen<Relu784x128x10Net>();

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
    }

    public partial class Tanh16x64x64x1
    {
        private Tanh16x64x64x1Net _netGen = null!;

        protected override void SetUpNetGen() => _netGen = CreateNetGen<Tanh16x64x64x1Net>();

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
    }
}
