using System.Numerics;
using NetGen.Runtime;
using NetGen.Tests.Networks;

namespace NetGen.Tests;

/// <summary>
/// Probabilities (softmax cross-entropy nets) and Probability (logistic nets), single and batch, against softmax and
/// sigmoid computed in double from the network's own scores and from the reference MLP.
/// </summary>
public class ProbabilityTests
{
    private delegate void SpanMap<T>(ReadOnlySpan<T> input, Span<T> output);

    private delegate T SpanScalar<T>(ReadOnlySpan<T> input);

    public static IEnumerable<object[]> SoftmaxNames =>
        TestNetworks.All.Where(c => c.Loss == Loss.SoftmaxCrossEntropy).Select(c => new object[] { c.Name });

    public static IEnumerable<object[]> LogisticNames =>
        TestNetworks.All.Where(c => c.Loss == Loss.Logistic).Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(SoftmaxNames))]
    public void Probabilities_are_the_softmax_of_the_scores_sum_to_1_and_peak_at_Classify(string name)
    {
        NetworkCase net = TestNetworks.ByName(name);
        if (net.Precision == Precision.Single)
        {
            CheckSoftmax<float>(net, float.Epsilon);
        }
        else
        {
            CheckSoftmax<double>(net, double.Epsilon);
        }
    }

    [Theory]
    [MemberData(nameof(SoftmaxNames))]
    public void Probabilities_of_scores_near_1000_are_finite_and_take_their_limits(string name)
    {
        NetworkCase net = TestNetworks.ByName(name);
        if (net.Precision == Precision.Single)
        {
            CheckExtremeSoftmax<float>(net);
        }
        else
        {
            CheckExtremeSoftmax<double>(net);
        }
    }

    [Theory]
    [MemberData(nameof(SoftmaxNames))]
    public void ProbabilitiesBatch_equals_Probabilities_on_every_row(string name)
    {
        NetworkCase net = TestNetworks.ByName(name);
        if (net.Precision == Precision.Single)
        {
            CheckBatch<float>(net, "Probabilities", "ProbabilitiesBatch", tolerance: 1e-5);
        }
        else
        {
            CheckBatch<double>(net, "Probabilities", "ProbabilitiesBatch", tolerance: 1e-13);
        }
    }

    [Theory]
    [MemberData(nameof(LogisticNames))]
    public void Probability_is_the_sigmoid_of_Predict(string name)
    {
        NetworkCase net = TestNetworks.ByName(name);
        if (net.Precision == Precision.Single)
        {
            CheckSigmoid<float>(net);
        }
        else
        {
            CheckSigmoid<double>(net);
        }
    }

    [Theory]
    [MemberData(nameof(LogisticNames))]
    public void Probability_of_scores_near_plus_or_minus_1000_is_exactly_1_or_0(string name)
    {
        NetworkCase net = TestNetworks.ByName(name);
        if (net.Precision == Precision.Single)
        {
            CheckExtremeSigmoid<float>(net);
        }
        else
        {
            CheckExtremeSigmoid<double>(net);
        }
    }

    [Theory]
    [MemberData(nameof(LogisticNames))]
    public void ProbabilityBatch_equals_Probability_on_every_row(string name)
    {
        NetworkCase net = TestNetworks.ByName(name);
        if (net.Precision == Precision.Single)
        {
            CheckBatch<float>(net, "Probability", "ProbabilityBatch", tolerance: 1e-5);
        }
        else
        {
            CheckBatch<double>(net, "Probability", "ProbabilityBatch", tolerance: 1e-13);
        }
    }

    [Fact]
    public void Softmax_and_sigmoid_take_exact_limits_and_propagate_NaN()
    {
        float[] scores = [1000f, -1000f, 0f];
        OutputProbability.Softmax<float>(scores);
        Assert.Equal([1f, 0f, 0f], scores);

        double[] ties = [1000, 1000, -1000, 1000];
        OutputProbability.Softmax<double>(ties);
        Assert.Equal([1.0 / 3, 1.0 / 3, 0, 1.0 / 3], ties);

        float[] infinite = [float.PositiveInfinity, 3f, float.NegativeInfinity];
        OutputProbability.Softmax<float>(infinite);
        Assert.Equal([1f, 0f, 0f], infinite);

        float[] nan = [1f, float.NaN, 2f];
        OutputProbability.Softmax<float>(nan);
        Assert.All(nan, p => Assert.True(float.IsNaN(p)));

        Assert.Equal(1f, OutputProbability.Sigmoid(1000f));
        Assert.Equal(0f, OutputProbability.Sigmoid(-1000f));
        Assert.Equal(1.0, OutputProbability.Sigmoid(double.PositiveInfinity));
        Assert.Equal(0.0, OutputProbability.Sigmoid(double.NegativeInfinity));
        Assert.Equal(0.5f, OutputProbability.Sigmoid(0f));
        Assert.True(float.IsNaN(OutputProbability.Sigmoid(float.NaN)));

        // Tiny probabilities keep their relative accuracy: sigmoid(-80) = e^-80 / (1 + e^-80), not 1 - 1.
        Assert.True(Math.Abs(OutputProbability.Sigmoid(-80f) - Math.Exp(-80)) <= 1e-6 * Math.Exp(-80));
        Assert.True(Math.Abs(OutputProbability.Sigmoid(-700.0) - Math.Exp(-700)) <= 1e-14 * Math.Exp(-700));
    }

    [Fact]
    public void Wrong_lengths_are_rejected_naming_the_argument()
    {
        var softmax = new Deep_Tanh_SoftmaxCrossEntropy_F();
        var output = new float[3];
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => softmax.Probabilities(new float[3], output)).ParamName);
        Assert.Equal("output", Assert.Throws<ArgumentException>(() => softmax.Probabilities(new float[2], new float[2])).ParamName);
        Assert.Equal("output", Assert.Throws<ArgumentException>(() => softmax.Probabilities(new float[2], new float[4])).ParamName);
        Assert.Equal("inputs", Assert.Throws<ArgumentException>(() => softmax.ProbabilitiesBatch(new float[5], new float[6])).ParamName);
        Assert.Equal("outputs", Assert.Throws<ArgumentException>(() => softmax.ProbabilitiesBatch(new float[6], new float[6])).ParamName);
        softmax.ProbabilitiesBatch(ReadOnlySpan<float>.Empty, Span<float>.Empty); // zero rows: a valid, empty batch

        var loops = new LoopShallow_ReLU_SoftmaxCrossEntropy_D();
        Assert.Equal("output", Assert.Throws<ArgumentException>(() => loops.Probabilities(new double[5], new double[10])).ParamName);

        var logistic = new Shallow_Tanh_Logistic_D();
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => logistic.Probability(new double[4])).ParamName);
        Assert.Equal("inputs", Assert.Throws<ArgumentException>(() => logistic.ProbabilityBatch(new double[7], new double[2])).ParamName);
        Assert.Equal("probabilities", Assert.Throws<ArgumentException>(() => logistic.ProbabilityBatch(new double[6], new double[3])).ParamName);
    }

    [Fact]
    public void The_probability_members_allocate_nothing()
    {
        var softmax = new Deep_Tanh_SoftmaxCrossEntropy_F();
        var loops = new LoopDeep_Tanh_SoftmaxCrossEntropy_D();
        var logistic = new Shallow_Tanh_Logistic_F();
        float[] x = [0.3f, -0.7f];
        float[] xs = Enumerable.Range(0, 37 * 2).Select(i => (float)Math.Sin(i)).ToArray();
        double[] loopX = [0.3, -0.7, 1.1];
        double[] loopXs = Enumerable.Range(0, 37 * 3).Select(i => Math.Cos(i)).ToArray();
        float[] logisticX = [0.3f, -0.7f, 1.1f];
        float[] logisticXs = Enumerable.Range(0, 37 * 3).Select(i => (float)Math.Cos(i)).ToArray();
        var p = new float[3];
        var ps = new float[37 * 3];
        var loopP = new double[LoopDeep_Tanh_SoftmaxCrossEntropy_D.OutputSize];
        var loopPs = new double[37 * LoopDeep_Tanh_SoftmaxCrossEntropy_D.OutputSize];
        var probabilities = new float[37];

        void Calls()
        {
            softmax.Probabilities(x, p);
            softmax.ProbabilitiesBatch(xs, ps);
            loops.Probabilities(loopX, loopP);
            loops.ProbabilitiesBatch(loopXs, loopPs);
            logistic.Probability(logisticX);
            logistic.ProbabilityBatch(logisticXs, probabilities);
        }

        for (int i = 0; i < 100; i++)
        {
            Calls(); // warm-up: tiered compilation and static initialisers allocate once
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            Calls();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(Math.Abs(p.Sum() - 1) < 1e-6 && Math.Abs(loopP.Sum() - 1) < 1e-14);
    }

    private static void CheckSoftmax<T>(NetworkCase net, T smallest)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var network = (INetwork<T>)net.Create();
        SpanMap<T> probabilities = Bind<SpanMap<T>>(network, "Probabilities");
        double u = typeof(T) == typeof(float) ? Math.Pow(2, -24) : Math.Pow(2, -53); // the unit roundoff of T
        var random = new Random(31);
        var scores = new T[net.OutputSize];
        var p = new T[net.OutputSize];
        for (int s = 0; s < 20; s++)
        {
            Sample sample = Sample.Draw(net, random);
            T[] parameters = Sample.Convert<T>(sample.Parameters);
            parameters.CopyTo(network.Parameters);
            T[] x = Sample.Convert<T>(sample.Input);
            network.Forward(x, scores);
            probabilities(x, p);

            double[] own = SoftmaxInDouble(Sample.ToDouble<T>(scores));
            double[] reference = SoftmaxInDouble(Reference.Forward(net, Sample.ToDouble<T>(parameters), Sample.ToDouble<T>(x)).Output);
            double max = Sample.ToDouble<T>(scores).Max();
            double sum = 0;
            for (int k = 0; k < net.OutputSize; k++)
            {
                double actual = double.CreateChecked(p[k]);
                sum += actual;
                // exp(z_k - max) is off by |z_k - max| u for the rounding of the shift, plus a few u for exp and the division.
                double bound = ((Math.Abs(double.CreateChecked(scores[k]) - max) + net.OutputSize + 4) * u * own[k]) + double.CreateChecked(smallest);
                Assert.True(Math.Abs(actual - own[k]) <= bound, $"{net.Name} sample {s} class {k}: {actual} vs softmax of Forward {own[k]}");
                // The reference MLP's scores differ from the network's by their own rounding: about 1e-6 in float.
                Assert.True(Math.Abs(actual - reference[k]) <= (typeof(T) == typeof(float) ? 1e-5 : 1e-12), $"{net.Name} sample {s} class {k}: {actual} vs reference {reference[k]}");
                Assert.InRange(actual, 0, 1);
            }

            Assert.True(Math.Abs(sum - 1) <= (net.OutputSize + 2) * 2 * u, $"{net.Name} sample {s}: the probabilities sum to {sum}");
            Assert.Equal(ArgMax(Sample.ToDouble<T>(p)), ClassifyOf(network, x));
        }
    }

    private static void CheckExtremeSoftmax<T>(NetworkCase net)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var network = (INetwork<T>)net.Create();
        SpanMap<T> probabilities = Bind<SpanMap<T>>(network, "Probabilities");
        var random = new Random(32);
        var scores = new T[net.OutputSize];
        var p = new T[net.OutputSize];
        for (int s = 0; s < 10; s++)
        {
            Sample sample = Sample.Draw(net, random);
            T[] x = Sample.Convert<T>(sample.Input);
            Sample.Convert<T>(sample.Parameters).CopyTo(network.Parameters);
            network.Forward(x, scores);
            // The output layer is the identity: scaling W(L) and b(L) by c scales every score by c.
            double c = 1000 / Sample.ToDouble<T>(scores).Max(Math.Abs);
            ScaleOutputLayer(net, network.Parameters, T.CreateChecked(c));
            network.Forward(x, scores);
            probabilities(x, p);

            double[] z = Sample.ToDouble<T>(scores);
            double[] expected = SoftmaxInDouble(z);
            int top = ArgMax(z);
            double sum = 0;
            for (int k = 0; k < net.OutputSize; k++)
            {
                double actual = double.CreateChecked(p[k]);
                Assert.False(double.IsNaN(actual), $"{net.Name} sample {s}: NaN for scores {string.Join(", ", z)}");
                Assert.InRange(actual, 0, 1);
                Assert.True(Math.Abs(actual - expected[k]) <= 1e-5, $"{net.Name} sample {s} class {k}: {actual} vs {expected[k]}");
                sum += actual;
            }

            Assert.True(Math.Abs(sum - 1) <= 1e-5, $"{net.Name} sample {s}: sum {sum}");
            Assert.Equal(top, ClassifyOf(network, x));
            if (z.Where((v, k) => k != top).All(v => z[top] - v > 120))
            {
                Assert.Equal(T.One, p[top]); // one score far above the others takes all of the probability
            }
        }
    }

    private static void CheckSigmoid<T>(NetworkCase net)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var network = (INetwork<T>)net.Create();
        SpanScalar<T> probability = Bind<SpanScalar<T>>(network, "Probability");
        SpanScalar<T> predict = Bind<SpanScalar<T>>(network, "Predict");
        double tolerance = typeof(T) == typeof(float) ? 4e-7 : 1e-15;
        var random = new Random(33);
        for (int s = 0; s < 20; s++)
        {
            Sample sample = Sample.Draw(net, random, parameterScale: 1.5);
            T[] parameters = Sample.Convert<T>(sample.Parameters);
            parameters.CopyTo(network.Parameters);
            T[] x = Sample.Convert<T>(sample.Input);
            double z = double.CreateChecked(predict(x));
            double actual = double.CreateChecked(probability(x));
            double expected = 1 / (1 + Math.Exp(-z));
            // Relative to P itself (1.5-scaled weights give |z| up to about 150, P down to 1e-62), down to T's smallest subnormal.
            double floor = typeof(T) == typeof(float) ? float.Epsilon : double.Epsilon;
            Assert.True(Math.Abs(actual - expected) <= (tolerance * expected) + floor, $"{net.Name} sample {s}: {actual} vs 1/(1+e^-z) = {expected}, z = {z}");
            double reference = 1 / (1 + Math.Exp(-Reference.Forward(net, Sample.ToDouble<T>(parameters), Sample.ToDouble<T>(x)).Output[0]));
            Assert.True(Math.Abs(actual - reference) <= (typeof(T) == typeof(float) ? 1e-5 : 1e-12), $"{net.Name} sample {s}: {actual} vs reference {reference}");
            Assert.True(ClassifyOf(network, x) == 1 ? actual >= 0.5 : actual <= 0.5, $"{net.Name} sample {s}: P(+1) = {actual} but Classify says {ClassifyOf(network, x)}");
        }
    }

    private static void CheckExtremeSigmoid<T>(NetworkCase net)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var network = (INetwork<T>)net.Create();
        SpanScalar<T> probability = Bind<SpanScalar<T>>(network, "Probability");
        SpanScalar<T> predict = Bind<SpanScalar<T>>(network, "Predict");
        var random = new Random(34);
        foreach (double target in new[] { 1000.0, -1000.0 })
        {
            Sample sample = Sample.Draw(net, random);
            T[] x = Sample.Convert<T>(sample.Input);
            Sample.Convert<T>(sample.Parameters).CopyTo(network.Parameters);
            ScaleOutputLayer(net, network.Parameters, T.CreateChecked(target / double.CreateChecked(predict(x))));
            double z = double.CreateChecked(predict(x));
            Assert.InRange(Math.Abs(z), 990, 1010);
            Assert.Equal(z > 0 ? T.One : T.Zero, probability(x));
        }
    }

    private static void CheckBatch<T>(NetworkCase net, string single, string batch, double tolerance)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var network = (INetwork<T>)net.Create();
        SpanMap<T> batchCall = Bind<SpanMap<T>>(network, batch);
        var random = new Random(35);
        Sample.Convert<T>(Sample.Draw(net, random).Parameters).CopyTo(network.Parameters);
        var one = new T[net.OutputSize];
        var scores = new T[net.OutputSize];

        // As BatchTests: 1 and 6 rows through Forward, 19, 45 and 70 filling blocks and leaving padded or Forward tails.
        foreach (int rows in new[] { 1, 6, 19, 45, 70 })
        {
            T[] inputs = Sample.Convert<T>(Enumerable.Range(0, rows * net.InputSize).Select(_ => (random.NextDouble() * 3) - 1.5).ToArray());
            var outputs = new T[rows * net.OutputSize];
            batchCall(inputs, outputs);
            for (int r = 0; r < rows; r++)
            {
                ReadOnlySpan<T> x = inputs.AsSpan(r * net.InputSize, net.InputSize);
                if (net.Loss == Loss.Logistic)
                {
                    one[0] = Bind<SpanScalar<T>>(network, single)(x);
                }
                else
                {
                    Bind<SpanMap<T>>(network, single)(x, one);
                }

                // The batch's scores may differ from Forward's by the ForwardBatch tolerance; a probability moves by at
                // most that (the slopes of softmax and sigmoid are below 1).
                network.Forward(x, scores);
                double scale = Math.Max(1, Sample.ToDouble<T>(scores).Max(Math.Abs));
                for (int k = 0; k < net.OutputSize; k++)
                {
                    double expected = double.CreateChecked(one[k]);
                    double actual = double.CreateChecked(outputs[(r * net.OutputSize) + k]);
                    Assert.True(Math.Abs(actual - expected) <= 2 * tolerance * scale, $"{net.Name} {rows} rows: row {r} value {k}: {actual} vs {expected}");
                }
            }
        }
    }

    private static TDelegate Bind<TDelegate>(object network, string method)
        where TDelegate : Delegate => (TDelegate)Delegate.CreateDelegate(typeof(TDelegate), network, method);

    private static int ClassifyOf<T>(INetwork<T> network, T[] x)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        return ((ClassifyCall<T>)Delegate.CreateDelegate(typeof(ClassifyCall<T>), network, "Classify"))(x);
    }

    private delegate int ClassifyCall<T>(ReadOnlySpan<T> input);

    private static void ScaleOutputLayer<T>(NetworkCase net, Span<T> parameters, T factor)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int inputs = net.Layers.Length > 1 ? net.Layers[^2].Units : net.InputSize;
        int count = (inputs * net.OutputSize) + net.OutputSize;
        foreach (ref T value in parameters[^count..])
        {
            value *= factor;
        }
    }

    private static double[] SoftmaxInDouble(double[] z)
    {
        double max = z.Max();
        double[] e = z.Select(v => Math.Exp(v - max)).ToArray();
        double sum = e.Sum();
        return e.Select(v => v / sum).ToArray();
    }

    private static int ArgMax(double[] values)
    {
        int best = 0;
        for (int k = 1; k < values.Length; k++)
        {
            if (values[k] > values[best])
            {
                best = k;
            }
        }

        return best;
    }
}
