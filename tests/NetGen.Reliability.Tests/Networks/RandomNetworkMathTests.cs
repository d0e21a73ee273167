using System.Globalization;
using System.Numerics;
using NetGen.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace NetGen.Reliability.Tests.Networks;

/// <summary>
/// The generated math of 500 random topologies, compiled in memory: Forward and ComputeLoss against the reference MLP,
/// AccumulateGradient against central finite differences (double) or the reference backprop (float), TrainStep
/// against parameters - eta * gradient, ForwardBatch against Forward row by row.
/// </summary>
[Collection(RandomNetworksCollection.Name)]
public sealed class RandomNetworkMathTests(RandomNetworks networks, ITestOutputHelper output)
{
    private const int GradientSamples = 1;

    [Fact]
    public void The_random_networks_cover_every_activation_loss_precision_and_code_form()
    {
        IReadOnlyList<CompiledNetwork> all = networks.All;
        Assert.Equal(RandomNetworks.Count, all.Count);
        foreach (Activation activation in Enum.GetValues<Activation>())
        {
            Assert.Contains(all, n => n.Topology.Layers.SkipLast(1).Any(l => l.Activation == activation));
        }

        foreach (Loss loss in Enum.GetValues<Loss>())
        {
            foreach (Precision precision in Enum.GetValues<Precision>())
            {
                Assert.Contains(all, n => n.Topology.Loss == loss && n.Topology.Precision == precision && n.UsesLoops);
                Assert.Contains(all, n => n.Topology.Loss == loss && n.Topology.Precision == precision && !n.UsesLoops);
            }
        }

        Assert.Contains(all, n => n.Topology.Layers.Count == 5 && n.Topology.Layers.Max(l => l.Units) > 24);
        output.WriteLine($"{all.Count} networks: {all.Count(n => n.UsesLoops)} as loops, {all.Count(n => !n.UsesLoops)} unrolled, " +
            $"{all.Sum(n => n.Topology.ParameterCount)} parameters in all, the largest {all.Max(n => n.Topology.ParameterCount)}; generated, compiled and loaded in {networks.CompileTime.TotalSeconds:F0} s");
    }

    [Fact]
    public void Forward_and_ComputeLoss_equal_the_reference_MLP_on_every_random_network()
    {
        var worst = new Worst();
        foreach (CompiledNetwork network in networks.All)
        {
            if (network.Topology.Precision == Precision.Single)
            {
                CheckForward<float>(network, tolerance: 5e-5, worst);
            }
            else
            {
                CheckForward<double>(network, tolerance: 1e-12, worst);
            }
        }

        output.WriteLine(worst.ToString());
    }

    [Fact]
    public void AccumulateGradient_equals_central_finite_differences_on_every_random_double_network()
    {
        // Central differences D(h) = (L(theta + h e_i) - L(theta - h e_i)) / 2h at h = 1e-3 and h/2, combined by Richardson
        // extrapolation (4 D(h/2) - D(h)) / 3, which cancels the h^2 term; samples at least 1e-2 from every kink.
        const double h = 1e-3;
        var worst = new Worst();
        int checkedNetworks = 0;
        foreach (CompiledNetwork network in networks.OfPrecision(Precision.Double))
        {
            INetwork<double> net = network.Create<double>();
            var random = new Random(Seeds.Derive(networks.Seed, network.Topology.Id));
            for (int s = 0; s < GradientSamples; s++)
            {
                Sample sample = Sample.DrawAwayFromKinks(network.Topology, random, margin: 1e-2);
                sample.Parameters.CopyTo(net.Parameters);
                var analytic = new double[net.ParameterCount];
                net.AccumulateGradient(sample.Input, sample.Target, analytic);

                var numeric = new double[net.ParameterCount];
                for (int i = 0; i < numeric.Length; i++)
                {
                    numeric[i] = ((4 * CentralDifference(net, sample, i, h / 2)) - CentralDifference(net, sample, i, h)) / 3;
                }

                (double error, int at) = Tolerance.Max(analytic, numeric, floor: 1e-4);
                worst.Note(error, network);
                Assert.True(error <= 1e-6, $"{networks.Describe(network)}, sample {s}: parameter {at} has gradient {analytic[at]:R} by backprop and {numeric[at]:R} by central differences (relative error {error:E2})");
            }

            checkedNetworks++;
        }

        Assert.True(checkedNetworks >= RandomNetworks.Count / 3, $"only {checkedNetworks} double networks");
        output.WriteLine($"{checkedNetworks} double networks x {GradientSamples} samples; {worst}");
    }

    [Fact]
    public void Float_AccumulateGradient_equals_the_reference_backprop_on_every_random_float_network()
    {
        var worst = new Worst();
        foreach (CompiledNetwork network in networks.OfPrecision(Precision.Single))
        {
            INetwork<float> net = network.Create<float>();
            var random = new Random(Seeds.Derive(networks.Seed, network.Topology.Id));
            for (int s = 0; s < GradientSamples; s++)
            {
                // The reference works in double on exactly the float values the network holds.
                Sample sample = Sample.DrawAwayFromKinks(network.Topology, random, margin: 1e-2).RoundedTo<float>();
                Sample.Convert<float>(sample.Parameters).CopyTo(net.Parameters);
                var gradient = new float[net.ParameterCount];
                float loss = net.AccumulateGradient(Sample.Convert<float>(sample.Input), Sample.Convert<float>(sample.Target), gradient);
                (double expectedLoss, double[] expected) = ReferenceMlp.Gradient(network.Topology, sample.Parameters, sample.Input, sample.Target);

                (double error, int at) = Tolerance.Max(Sample.ToDouble<float>(gradient), expected, floor: 1e-3);
                worst.Note(error, network);
                Assert.True(error <= 1e-3, $"{networks.Describe(network)}, sample {s}: parameter {at} has gradient {gradient[at]:R}, the reference {expected[at]:R} (relative error {error:E2})");
                Assert.True(Tolerance.RelativeError(loss, expectedLoss, floor: 1) <= 1e-4, $"{networks.Describe(network)}: loss {loss:R}, reference {expectedLoss:R}");
            }
        }

        output.WriteLine(worst.ToString());
    }

    [Fact]
    public void TrainStep_equals_parameters_minus_eta_times_the_gradient_on_every_random_network()
    {
        int moved = 0;
        foreach (CompiledNetwork network in networks.All)
        {
            moved += network.Topology.Precision == Precision.Single
                ? CheckTrainStep<float>(network, tolerance: 1e-5)
                : CheckTrainStep<double>(network, tolerance: 1e-13);
        }

        // A step past the hinge margin, or with every ReLU off, moves nothing and proves nothing; most must move.
        Assert.True(moved >= RandomNetworks.Count * 3 / 4, $"only {moved} of {RandomNetworks.Count} steps changed any parameter");
    }

    [Fact]
    public void ForwardBatch_equals_Forward_row_by_row_on_every_random_network()
    {
        foreach (CompiledNetwork network in networks.All)
        {
            if (network.Topology.Precision == Precision.Single)
            {
                CheckBatch<float>(network, tolerance: 1e-5);
            }
            else
            {
                CheckBatch<double>(network, tolerance: 1e-13);
            }
        }
    }

    private static double CentralDifference(INetwork<double> net, Sample sample, int index, double h)
    {
        double original = net.Parameters[index];
        net.Parameters[index] = original + h;
        double plus = net.ComputeLoss(sample.Input, sample.Target);
        net.Parameters[index] = original - h;
        double minus = net.ComputeLoss(sample.Input, sample.Target);
        net.Parameters[index] = original;
        return (plus - minus) / (2 * h);
    }

    private void CheckForward<T>(CompiledNetwork network, double tolerance, Worst worst)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        INetwork<T> net = network.Create<T>();
        var random = new Random(Seeds.Derive(networks.Seed, network.Topology.Id));
        for (int s = 0; s < 3; s++)
        {
            Sample sample = Sample.Draw(network.Topology, random).RoundedTo<T>();
            Sample.Convert<T>(sample.Parameters).CopyTo(net.Parameters);
            var outputs = new T[net.OutputSize];
            net.Forward(Sample.Convert<T>(sample.Input), outputs);
            ReferenceMlp.Pass pass = ReferenceMlp.Forward(network.Topology, sample.Parameters, sample.Input);

            (double error, int at) = Tolerance.Max(Sample.ToDouble<T>(outputs), pass.Output, floor: 1);
            worst.Note(error, network);
            Assert.True(error <= tolerance, $"{networks.Describe(network)}: output {at} is {outputs[at]}, the reference {pass.Output[at]:R} (relative error {error:E2})");

            double loss = double.CreateTruncating(net.ComputeLoss(Sample.Convert<T>(sample.Input), Sample.Convert<T>(sample.Target)));
            double expected = ReferenceMlp.Loss(network.Topology, pass, sample.Target);
            Assert.True(Tolerance.RelativeError(loss, expected, floor: 1) <= tolerance * 10, $"{networks.Describe(network)}: loss {loss:R}, the reference {expected:R}");
        }
    }

    private int CheckTrainStep<T>(CompiledNetwork network, double tolerance)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        INetwork<T> net = network.Create<T>();
        var random = new Random(Seeds.Derive(networks.Seed, network.Topology.Id));
        Sample sample = Sample.Draw(network.Topology, random);
        T[] before = Sample.Convert<T>(sample.Parameters);
        T[] input = Sample.Convert<T>(sample.Input);
        T[] target = Sample.Convert<T>(sample.Target);
        T eta = T.CreateTruncating(0.05);
        before.CopyTo(net.Parameters);

        var gradient = new T[net.ParameterCount];
        T expectedLoss = net.AccumulateGradient(input, target, gradient);
        Assert.True(before.AsSpan().SequenceEqual(net.Parameters), $"{networks.Describe(network)}: AccumulateGradient changed the parameters");
        T loss = net.TrainStep(input, target, eta);

        Assert.Equal(expectedLoss, loss);
        for (int i = 0; i < before.Length; i++)
        {
            double expected = double.CreateTruncating(before[i] - (eta * gradient[i]));
            double actual = double.CreateTruncating(net.Parameters[i]);
            Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Max(1, Math.Abs(expected)), $"{networks.Describe(network)}: parameter {i} is {actual:R} after TrainStep, expected {expected:R}");
        }

        return gradient.Any(g => g != T.Zero) ? 1 : 0;
    }

    private void CheckBatch<T>(CompiledNetwork network, double tolerance)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        INetwork<T> net = network.Create<T>();
        var random = new Random(Seeds.Derive(networks.Seed, network.Topology.Id));
        Sample.Convert<T>(Sample.Draw(network.Topology, random).Parameters).CopyTo(net.Parameters);

        // Up to 99 rows: up to three lane blocks of 32 floats (six of 16 doubles), tails, and the empty batch.
        int rows = random.Next(100);
        T[] inputs = Sample.Convert<T>(Enumerable.Range(0, rows * net.InputSize).Select(_ => (random.NextDouble() * 3) - 1.5).ToArray());
        var batch = new T[rows * net.OutputSize];
        net.ForwardBatch(inputs, batch);

        var single = new T[net.OutputSize];
        for (int r = 0; r < rows; r++)
        {
            net.Forward(inputs.AsSpan(r * net.InputSize, net.InputSize), single);
            for (int k = 0; k < net.OutputSize; k++)
            {
                double expected = double.CreateTruncating(single[k]);
                double actual = double.CreateTruncating(batch[(r * net.OutputSize) + k]);
                Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Max(1, Math.Abs(expected)), $"{networks.Describe(network)}: row {r} of {rows}, output {k}: ForwardBatch {actual:R}, Forward {expected:R}");
            }
        }
    }

    /// <summary>The largest error seen, and where, for the test output: how far inside its tolerance each check is.</summary>
    private sealed class Worst
    {
        private double _error;
        private string _where = "none";

        public void Note(double error, CompiledNetwork network)
        {
            if (error > _error)
            {
                (_error, _where) = (error, network.Topology.ToString());
            }
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"largest relative error {_error:E2} ({_where})");
    }
}
