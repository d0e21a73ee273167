using System.Numerics;
using System.Reflection;
using NetGen.Runtime;
using NetGen.Tests.Networks;

namespace NetGen.Tests;

/// <summary>
/// Nets whose TrainStep takes the factored single-output form keep a step record (NetGen.Runtime.StepRecord): z(2) of
/// step k+1 comes from the weights before step k's update plus that update's rank-one change. A step must give what
/// the same step gives on a fresh network holding the same parameters (whose record is empty, so it computes z(2) from
/// the parameters), within rounding, for hundreds of consecutive steps; after any write to the parameters between steps,
/// or a step that was refused, exactly what the fresh network gives.
/// </summary>
public class StepRecordTests
{
    private const int Steps = 300;

    /// <summary>2-3-1 tanh in double: the test nets' layer 1 (4 neurons) fills a vector of doubles, so none keeps a record.</summary>
    private static readonly NetworkCase DoubleRecordNet = new(
        nameof(RecordNetDouble), () => new RecordNetDouble(), 2, Loss.SquaredError, Precision.Double, [(3, Activation.Tanh), (1, Activation.Identity)]);

    /// <summary>Every test network with a step record, by its generated field, and the double one.</summary>
    public static TheoryData<string> RecordNames()
    {
        var data = new TheoryData<string>();
        foreach (NetworkCase net in TestNetworks.All.Where(HasRecord))
        {
            data.Add(net.Name);
        }

        data.Add(DoubleRecordNet.Name);
        return data;
    }

    private static NetworkCase ByName(string name) => name == DoubleRecordNet.Name ? DoubleRecordNet : TestNetworks.ByName(name);

    private static bool HasRecord(NetworkCase net) =>
        net.Create().GetType().GetField("_stepRecord", BindingFlags.Instance | BindingFlags.NonPublic) is not null;

    [Fact]
    public void Two_layer_nets_with_a_narrow_layer_1_have_a_record_and_the_others_do_not()
    {
        // Two layers, layer 1 computed in one vector from a scalar input and narrower than it: the float Shallow nets
        // (3-4-1, 3-4-3 in 8 lanes) and XorNet (2-3-1), any loss; not their double twins (4 neurons fill 4 lanes), not the
        // deep or loop-form nets.
        Assert.Equal(24, TestNetworks.All.Count(HasRecord));
        Assert.All(TestNetworks.All.Where(HasRecord), net => Assert.True(net.Name.StartsWith("Shallow_") && net.Precision == Precision.Single, net.Name));
        Assert.True(HasRecord(TestNetworks.ByName("Shallow_Tanh_SoftmaxCrossEntropy_F")));
        Assert.False(HasRecord(TestNetworks.ByName("Shallow_Tanh_Hinge_D")));
        Assert.False(HasRecord(TestNetworks.ByName("Deep_Identity_Hinge_F")));
        Assert.False(HasRecord(TestNetworks.ByName("LoopShallow_Identity_Hinge_F")));
        Assert.True(HasRecord(DoubleRecordNet));
        Assert.True(new XorNet().GetType().GetField("_stepRecord", BindingFlags.Instance | BindingFlags.NonPublic) is not null);
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Consecutive_steps_match_a_fresh_network_step_by_step(string name)
    {
        NetworkCase net = ByName(name);
        if (net.Precision == Precision.Single)
        {
            CheckConsecutiveSteps<float>(net, tolerance: 2e-6);
        }
        else
        {
            CheckConsecutiveSteps<double>(net, tolerance: 1e-14);
        }
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void A_write_to_the_parameters_between_steps_restarts_the_record_exactly(string name)
    {
        NetworkCase net = ByName(name);
        if (net.Precision == Precision.Single)
        {
            CheckWrites<float>(net);
        }
        else
        {
            CheckWrites<double>(net);
        }
    }

    [Fact]
    public void A_refused_step_leaves_the_record_consistent()
    {
        var net = new XorNet();
        net.InitializeParameters(5);
        var random = new Random(3);
        for (int i = 0; i < 20; i++)
        {
            net.TrainStep([(float)random.NextDouble(), (float)random.NextDouble()], random.Next(2) == 0 ? 1f : -1f, 0.3f);
        }

        // Layer 2 so large that z(3) overflows: with y = -1 the hinge loss 1 + z(3) is infinite and the step is refused
        // after its forward pass, which used the record. Then layer 2 back as it was (the record covers only layer 1).
        float[] before = net.Parameters.ToArray();
        net.Parameters[9..].Fill(3e38f);
        Assert.Throws<ArithmeticException>(() => net.TrainStep([0.5f, 0.5f], -1f, 0.3f));
        before.AsSpan(9).CopyTo(net.Parameters[9..]);
        Assert.Equal(before, net.Parameters.ToArray());

        for (int i = 0; i < 20; i++)
        {
            float[] input = [(float)random.NextDouble(), (float)random.NextDouble()];
            float label = random.Next(2) == 0 ? 1f : -1f;
            var fresh = new XorNet();
            net.Parameters.CopyTo(fresh.Parameters);
            float expected = fresh.TrainStep(input, label, 0.3f);
            float loss = net.TrainStep(input, label, 0.3f);
            AssertClose(expected, loss, 2e-6, "loss after a refused step");
            for (int p = 0; p < XorNet.ParameterCount; p++)
            {
                AssertClose(fresh.Parameters[p], net.Parameters[p], 2e-6, $"parameter {p} after a refused step");
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(20)]
    [InlineData(48)]
    public void SameBits_sees_a_difference_in_any_one_element(int count)
    {
        CheckSameBits<float, int>(count, BitConverter.SingleToInt32Bits, BitConverter.Int32BitsToSingle, StepRecord.SameBits);
        CheckSameBits<double, long>(count, BitConverter.DoubleToInt64Bits, BitConverter.Int64BitsToDouble, StepRecord.SameBits);
    }

    [Fact]
    public void SameBits_compares_bits_not_values()
    {
        float[] a = [0f, float.NaN];
        float[] b = [-0f, float.NaN];
        Assert.False(StepRecord.SameBits(ref a[0], ref b[0], 1), "0 and -0 are equal values but different bits");
        Assert.True(StepRecord.SameBits(ref a[1], ref b[1], 1), "the same NaN has the same bits");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(48)]
    public void Copy_copies_exactly_count_elements(int count)
    {
        float[] from = Enumerable.Range(1, count + 8).Select(i => (float)i).ToArray();
        float[] to = new float[count + 8];
        Array.Fill(to, -1f);
        StepRecord.Copy(ref from[0], ref to[0], count);
        Assert.Equal(from.Take(count), to.Take(count));
        Assert.All(to.Skip(count), v => Assert.Equal(-1f, v));
    }

    [Fact]
    public void Restart_copies_layer_1_and_clears_the_change()
    {
        double[] parameters = Enumerable.Range(1, 12).Select(i => (double)i).ToArray();
        double[] record = Enumerable.Repeat(5.0, 30).ToArray();
        StepRecord.Restart(ref parameters[0], ref record[0], firstLayer: 9, changeStart: 20, length: 29);
        Assert.Equal(parameters.Take(9), record.Take(9));
        Assert.All(record.Skip(9).Take(11), v => Assert.Equal(5.0, v));
        Assert.All(record.Skip(20).Take(9), v => Assert.Equal(0.0, v));
        Assert.Equal(5.0, record[29]);
    }

    private delegate bool SameBitsFunction<T>(ref T a, ref T b, int count);

    private static void CheckSameBits<T, TBits>(int count, Func<T, TBits> bits, Func<TBits, T> fromBits, SameBitsFunction<T> sameBits)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TBits : IBinaryInteger<TBits>
    {
        var random = new Random(count);
        T[] a = Enumerable.Range(0, count + 1).Select(_ => T.CreateChecked(random.NextDouble() - 0.5)).ToArray();
        T[] b = (T[])a.Clone();
        Assert.True(sameBits(ref a[0], ref b[0], count));
        for (int i = 0; i < count; i++)
        {
            b[i] = fromBits(bits(a[i]) ^ TBits.One);
            Assert.False(sameBits(ref a[0], ref b[0], count), $"a difference in the last bit of element {i} of {count}");
            b[i] = a[i];
        }

        // Past count nothing is compared.
        b[count] = -a[count];
        Assert.True(sameBits(ref a[0], ref b[0], count));
    }

    private static void CheckConsecutiveSteps<T>(NetworkCase net, double tolerance)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var network = (INetwork<T>)net.Create();
        var random = new Random(17);
        Sample.Convert<T>(Sample.Draw(net, random).Parameters).CopyTo(network.Parameters);
        int firstLayer = (net.InputSize * net.Layers[0].Units) + net.Layers[0].Units;

        // Every bias raised by 1, so that ReLU units start alive: a dead layer never moves, and a record whose change
        // stays zero rounds like the parameters.
        int offset = 0;
        int inputs = net.InputSize;
        foreach ((int units, _) in net.Layers)
        {
            offset += inputs * units;
            foreach (ref T bias in network.Parameters.Slice(offset, units))
            {
                bias += T.One;
            }

            offset += units;
            inputs = units;
        }

        T eta = T.CreateChecked(0.01);
        int roundedDifferently = 0;
        int firstLayerMoved = 0;
        for (int step = 0; step < Steps; step++)
        {
            Sample sample = Sample.Draw(net, random);
            T[] input = Sample.Convert<T>(sample.Input);
            T[] target = Sample.Convert<T>(sample.Target);
            var fresh = (INetwork<T>)net.Create();
            network.Parameters.CopyTo(fresh.Parameters);
            T[] before = network.Parameters.ToArray();

            T expected = fresh.TrainStep(input, target, eta);
            T loss = network.TrainStep(input, target, eta);

            AssertClose(double.CreateChecked(expected), double.CreateChecked(loss), tolerance, $"{net.Name} step {step}: loss");
            for (int p = 0; p < net.ParameterCount; p++)
            {
                AssertClose(double.CreateChecked(fresh.Parameters[p]), double.CreateChecked(network.Parameters[p]), tolerance, $"{net.Name} step {step}: parameter {p}");
            }

            roundedDifferently += fresh.Parameters.SequenceEqual(network.Parameters) ? 0 : 1;
            firstLayerMoved += before.AsSpan(0, firstLayer).SequenceEqual(network.Parameters[..firstLayer]) ? 0 : 1;
        }

        // z(2) from the record rounds differently from W(1) x + b(1) now and then; if it never did, every step would have
        // restarted from the parameters and the record would not have been tested at all.
        Assert.True(roundedDifferently > 0, $"{net.Name}: all {Steps} steps equal a fresh network's bit for bit: the record was never used (layer 1 moved in {firstLayerMoved} steps)");
    }

    private static void CheckWrites<T>(NetworkCase net)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var network = (INetwork<T>)net.Create();
        var random = new Random(29);
        Sample.Convert<T>(Sample.Draw(net, random).Parameters).CopyTo(network.Parameters);
        T eta = T.CreateChecked(0.05);
        int firstLayer = (net.InputSize * net.Layers[0].Units) + net.Layers[0].Units;

        // Each way of writing: one weight of W(1), one bias of b(1), everything (InitializeParameters), and a weight of
        // layer 2 (which the record does not cover, so the step must still read it from the parameters).
        Action[] writes =
        [
            () => network.Parameters[0] += T.CreateChecked(0.25),
            () => network.Parameters[firstLayer - 1] -= T.CreateChecked(0.5),
            () => network.InitializeParameters(random.Next()),
            () => network.Parameters[firstLayer] *= T.CreateChecked(-2),
        ];
        foreach (Action write in writes)
        {
            for (int step = 0; step < 5; step++)
            {
                Sample warm = Sample.Draw(net, random);
                network.TrainStep(Sample.Convert<T>(warm.Input), Sample.Convert<T>(warm.Target), eta);
            }

            write();
            Sample sample = Sample.Draw(net, random);
            T[] input = Sample.Convert<T>(sample.Input);
            T[] target = Sample.Convert<T>(sample.Target);
            var fresh = (INetwork<T>)net.Create();
            network.Parameters.CopyTo(fresh.Parameters);

            T expected = fresh.TrainStep(input, target, eta);
            T loss = network.TrainStep(input, target, eta);

            if (write == writes[3])
            {
                // Layer 1 is untouched, so the record stays in use: equal within rounding, and layer 2's new value is read.
                AssertClose(double.CreateChecked(expected), double.CreateChecked(loss), 1e-5, $"{net.Name}: loss after a write to layer 2");
                continue;
            }

            Assert.Equal(expected, loss);
            Assert.Equal(fresh.Parameters.ToArray(), network.Parameters.ToArray());
        }
    }

    private static void AssertClose(double expected, double actual, double tolerance, string what) =>
        Assert.True(
            Math.Abs(actual - expected) <= tolerance * Math.Max(1, Math.Abs(expected)),
            $"{what}: {actual:R}, expected {expected:R} (difference {actual - expected:E2})");
}

/// <summary>A net with a step record in double: layer 1 of 3 neurons in a vector of 4 doubles.</summary>
[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Tanh)]
[Dense(1)]
public partial class RecordNetDouble
{
}
