using System.Numerics;
using NetGen.Tests.Networks;

namespace NetGen.Tests;

/// <summary>
/// The generated code of every activation x loss x precision x topology, compiled by the real build and run: its
/// forward pass and loss against the reference MLP, its gradient against central finite differences, its fused SGD step
/// against parameters - eta * gradient.
/// </summary>
public class GeneratedMathTests
{
    private const int SamplesPerNetwork = 20;

    [Theory]
    [MemberData(nameof(TestNetworks.AllNames), MemberType = typeof(TestNetworks))]
    public void Topology_matches_the_declared_attributes(string name)
    {
        NetworkCase net = TestNetworks.ByName(name);
        NetworkTopology topology = net.Precision == Precision.Single
            ? ((INetwork<float>)net.Create()).Topology
            : ((INetwork<double>)net.Create()).Topology;

        Assert.Equal(net.InputSize, topology.InputSize);
        Assert.Equal(net.Loss, topology.Loss);
        Assert.Equal(net.Precision, topology.Precision);
        Assert.Equal(net.Layers, topology.Layers.Select(l => (l.Units, l.Activation)).ToArray());
        Assert.Equal(net.ParameterCount, topology.ParameterCount);
    }

    [Theory]
    [MemberData(nameof(TestNetworks.AllNames), MemberType = typeof(TestNetworks))]
    public void Forward_and_ComputeLoss_equal_the_reference_implementation(string name)
    {
        NetworkCase net = TestNetworks.ByName(name);
        if (net.Precision == Precision.Single)
        {
            CheckForwardAndLoss<float>(net, tolerance: 2e-5);
        }
        else
        {
            CheckForwardAndLoss<double>(net, tolerance: 1e-12);
        }
    }

    [Theory]
    [MemberData(nameof(TestNetworks.DoubleNames), MemberType = typeof(TestNetworks))]
    public void AccumulateGradient_equals_central_finite_differences(string name)
    {
        NetworkCase net = TestNetworks.ByName(name);
        var network = (INetwork<double>)net.Create();
        var random = new Random(StableSeed(name));

        // Central differences (L(theta + h e_i) - L(theta - h e_i)) / 2h at h and h/2, combined by Richardson
        // extrapolation, (4 D(h/2) - D(h)) / 3, which cancels the h^2 error term; h = 1e-3 keeps round-off near 1e-13.
        const double h = 1e-3;
        for (int s = 0; s < SamplesPerNetwork; s++)
        {
            Sample sample = Sample.DrawAwayFromKinks(net, random, margin: 1e-2);
            sample.Parameters.CopyTo(network.Parameters);
            var analytic = new double[net.ParameterCount];
            network.AccumulateGradient(sample.Input, sample.Target, analytic);

            var numeric = new double[net.ParameterCount];
            for (int i = 0; i < numeric.Length; i++)
            {
                double coarse = CentralDifference(network, sample, i, h);
                double fine = CentralDifference(network, sample, i, h / 2);
                numeric[i] = ((4 * fine) - coarse) / 3;
            }

            double error = Tolerance.MaxRelativeError(analytic, numeric);
            Assert.True(error <= 1e-6, $"{name} sample {s}: max relative error {error:E2} between backprop and central differences");
        }
    }

    [Theory]
    [MemberData(nameof(TestNetworks.SingleNames), MemberType = typeof(TestNetworks))]
    public void Float_gradient_equals_the_double_gradient_of_the_same_network(string name)
    {
        NetworkCase net = TestNetworks.ByName(name);
        var single = (INetwork<float>)net.Create();
        var twin = (INetwork<double>)net.Twin.Create();
        var random = new Random(17);

        for (int s = 0; s < SamplesPerNetwork; s++)
        {
            Sample sample = Sample.DrawAwayFromKinks(net, random, margin: 1e-2);

            // Round the sample to float first, so both networks see exactly the same numbers.
            float[] parameters = Sample.Convert<float>(sample.Parameters);
            float[] input = Sample.Convert<float>(sample.Input);
            float[] target = Sample.Convert<float>(sample.Target);
            parameters.CopyTo(single.Parameters);
            Sample.ToDouble<float>(parameters).CopyTo(twin.Parameters);

            var gradient = new float[net.ParameterCount];
            var expected = new double[net.ParameterCount];
            single.AccumulateGradient(input, target, gradient);
            twin.AccumulateGradient(Sample.ToDouble<float>(input), Sample.ToDouble<float>(target), expected);

            double error = Tolerance.MaxRelativeError(Sample.ToDouble<float>(gradient), expected, floor: 1e-3);
            Assert.True(error <= 1e-3, $"{name}: float gradient differs from the double one by {error:E2}");
        }
    }

    [Theory]
    [MemberData(nameof(TestNetworks.AllNames), MemberType = typeof(TestNetworks))]
    public void AccumulateGradient_adds_to_what_the_buffer_holds(string name)
    {
        NetworkCase net = TestNetworks.ByName(name);
        if (net.Precision == Precision.Single)
        {
            CheckAccumulates<float>(net);
        }
        else
        {
            CheckAccumulates<double>(net);
        }
    }

    [Theory]
    [MemberData(nameof(TestNetworks.AllNames), MemberType = typeof(TestNetworks))]
    public void TrainStep_equals_parameters_minus_eta_times_the_gradient(string name)
    {
        NetworkCase net = TestNetworks.ByName(name);
        if (net.Precision == Precision.Single)
        {
            CheckTrainStep<float>(net, tolerance: 1e-5);
        }
        else
        {
            CheckTrainStep<double>(net, tolerance: 1e-13);
        }
    }

    /// <summary>A seed that is the same in every run (string.GetHashCode is randomised per process).</summary>
    /// <summary>
    /// Forward, Predict and Classify of a layer narrower than a vector (XorNet's 3 sigmoid units in 8 lanes) fill the
    /// spare lanes with lane 0's neuron rather than zeros. With W(1)'s first two rows so large that z(2)_0 and z(2)_1 are
    /// +infinity and -infinity in float, those lanes hold sigmoid's 1 and 0, and the output must still be the reference's:
    /// the spare lanes meet only W(2)'s zero padding.
    /// </summary>
    [Fact]
    public void Spare_lanes_of_a_saturated_narrow_layer_do_not_reach_the_output()
    {
        var net = new XorNet();
        float[] parameters = [3e38f, 3e38f, -3e38f, -3e38f, 0.75f, -1.5f, 0.1f, -0.2f, 0.3f, 2f, -3f, 0.5f, 0.25f];
        parameters.CopyTo(net.Parameters);
        float[] x = [1f, 1f];
        double z2 = (0.75 * x[0]) + (-1.5 * x[1]) + 0.3;
        double expected = (2 * 1.0) + (-3 * 0.0) + (0.5 / (1 + Math.Exp(-z2))) + 0.25;

        var output = new float[1];
        net.Forward(x, output);
        Assert.Equal(expected, output[0], 1e-6);
        Assert.Equal(expected, net.Predict(x), 1e-6);
        Assert.Equal(expected > 0 ? 1 : -1, net.Classify(x));
        Assert.Equal(parameters, net.Parameters.ToArray());
    }

    private static int StableSeed(string name) => name.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));

    private static double CentralDifference(INetwork<double> network, Sample sample, int index, double h)
    {
        double original = network.Parameters[index];
        network.Parameters[index] = original + h;
        double plus = network.ComputeLoss(sample.Input, sample.Target);
        network.Parameters[index] = original - h;
        double minus = network.ComputeLoss(sample.Input, sample.Target);
        network.Parameters[index] = original;
        return (plus - minus) / (2 * h);
    }

    private static void CheckForwardAndLoss<T>(NetworkCase net, double tolerance)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var network = (INetwork<T>)net.Create();
        var random = new Random(3);
        for (int s = 0; s < SamplesPerNetwork; s++)
        {
            Sample sample = Sample.Draw(net, random);
            T[] parameters = Sample.Convert<T>(sample.Parameters);
            T[] input = Sample.Convert<T>(sample.Input);
            parameters.CopyTo(network.Parameters);

            // The reference runs in double on the very values the network holds.
            double[] exactParameters = Sample.ToDouble<T>(parameters);
            double[] exactInput = Sample.ToDouble<T>(input);
            (_, double[] expected) = Reference.Forward(net, exactParameters, exactInput);

            var output = new T[net.OutputSize];
            network.Forward(input, output);
            double forwardError = Tolerance.MaxRelativeError(Sample.ToDouble<T>(output), expected, floor: 1);
            Assert.True(forwardError <= tolerance, $"{net.Name}: Forward differs from the reference by {forwardError:E2}");

            double expectedLoss = Reference.Loss(net, expected, sample.Target);
            double loss = double.CreateChecked(network.ComputeLoss(input, Sample.Convert<T>(sample.Target)));
            double lossError = Tolerance.RelativeError(loss, expectedLoss, floor: 1);
            Assert.True(lossError <= tolerance * 10, $"{net.Name}: ComputeLoss {loss} differs from the formula's {expectedLoss}");
        }
    }

    private static void CheckAccumulates<T>(NetworkCase net)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var network = (INetwork<T>)net.Create();
        var random = new Random(5);
        T[] input, target, fresh;
        do
        {
            // A sample past the hinge margin, or with every ReLU off, has a zero gradient and would prove nothing.
            Sample sample = Sample.Draw(net, random);
            Sample.Convert<T>(sample.Parameters).CopyTo(network.Parameters);
            input = Sample.Convert<T>(sample.Input);
            target = Sample.Convert<T>(sample.Target);
            fresh = new T[net.ParameterCount];
            network.AccumulateGradient(input, target, fresh);
        }
        while (!fresh.Any(g => g != T.Zero));

        T[] twice = new T[net.ParameterCount];
        network.AccumulateGradient(input, target, twice);
        network.AccumulateGradient(input, target, twice);

        for (int i = 0; i < fresh.Length; i++)
        {
            Assert.Equal(fresh[i] + fresh[i], twice[i]);
        }
    }

    private static void CheckTrainStep<T>(NetworkCase net, double tolerance)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var network = (INetwork<T>)net.Create();
        var random = new Random(11);
        T eta = T.CreateChecked(0.1);
        bool anyStep = false;
        for (int s = 0; s < SamplesPerNetwork; s++)
        {
            Sample sample = Sample.Draw(net, random);
            T[] before = Sample.Convert<T>(sample.Parameters);
            T[] input = Sample.Convert<T>(sample.Input);
            T[] target = Sample.Convert<T>(sample.Target);
            before.CopyTo(network.Parameters);

            var gradient = new T[net.ParameterCount];
            T expectedLoss = network.AccumulateGradient(input, target, gradient);
            T loss = network.TrainStep(input, target, eta);

            Assert.Equal(expectedLoss, loss);
            anyStep |= gradient.Any(g => g != T.Zero);
            for (int i = 0; i < before.Length; i++)
            {
                double expected = double.CreateChecked(before[i] - (eta * gradient[i]));
                double actual = double.CreateChecked(network.Parameters[i]);
                Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Max(1, Math.Abs(expected)), $"{net.Name}: parameter {i} is {actual}, expected {expected}");
            }
        }

        Assert.True(anyStep, $"{net.Name}: no sample moved the parameters, so the comparison proved nothing");
    }
}
