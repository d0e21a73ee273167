using System.Numerics;
using NetGen.Runtime;
using NetGen.Tests.Networks;

namespace NetGen.Tests;

/// <summary>
/// The binary losses' pieces (NetGen.Runtime.BinaryLoss) against their definitions, and the generated
/// hinge and logistic steps at non-finite scores: a NaN score stops the step before any update (the hinge's conditional
/// gave a loss of 0 there), a score of the right sign and infinite size is a loss of 0 and a step that changes nothing.
/// The helper tests pass with DOTNET_EnableHWIntrinsic=0 too (the scalar fallbacks).
/// </summary>
public class BinaryLossTests
{
    public static TheoryData<float> Margins() => new() { 2.5f, 1f, 1e-30f, float.Epsilon, 0f, -0f, -float.Epsilon, -0.5f, -7f, float.PositiveInfinity, float.NegativeInfinity };

    [Theory]
    [MemberData(nameof(Margins))]
    public void Hinge_is_the_margin_above_zero_and_positive_zero_elsewhere(float margin)
    {
        float expected = margin > 0 ? margin : 0f;

        Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(BinaryLoss.Hinge(margin)));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(BinaryLoss.Hinge((double)margin)));
    }

    [Fact]
    public void A_NaN_margin_is_a_NaN_hinge_loss()
    {
        Assert.True(float.IsNaN(BinaryLoss.Hinge(float.NaN)));
        Assert.True(double.IsNaN(BinaryLoss.Hinge(double.NaN)));
    }

    /// <summary>Every 1/64 from -120 to 120, plus the edges of the normal range: 2 ulp of exp (relative), 0 past it.</summary>
    [Fact]
    public void Exp_of_minus_abs_is_within_2_ulp_and_0_below_the_normal_numbers()
    {
        var points = new List<double> { 0, 86.99, 87, 87.01, 88, 103, 707.9, 708, 708.1, 745, 800 };
        for (int i = -120 * 64; i <= 120 * 64; i++)
        {
            points.Add(i / 64.0);
        }

        foreach (double m in points.Concat(points.Select(p => -p)))
        {
            float f = BinaryLoss.ExpOfMinusAbs((float)m);
            double exact = Math.Exp(-Math.Abs((double)(float)m));
            if (Math.Abs((float)m) <= 87f)
            {
                Assert.True(Math.Abs(f - exact) <= 2.4e-7 * exact, $"float e^-|{m}| = {f}, exact {exact}");
            }
            else
            {
                Assert.Equal(0f, f);
            }

            double d = BinaryLoss.ExpOfMinusAbs(m);
            double exactD = Math.Exp(-Math.Abs(m));
            if (Math.Abs(m) <= 708)
            {
                Assert.True(Math.Abs(d - exactD) <= 4.5e-16 * exactD, $"double e^-|{m}| = {d}, exact {exactD}");
            }
            else
            {
                Assert.Equal(0.0, d);
            }
        }

        Assert.Equal(0f, BinaryLoss.ExpOfMinusAbs(float.NaN));
        Assert.Equal(0.0, BinaryLoss.ExpOfMinusAbs(double.NaN));
        Assert.Equal(0f, BinaryLoss.ExpOfMinusAbs(float.NegativeInfinity));
        Assert.Equal(1f, BinaryLoss.ExpOfMinusAbs(-0f));
    }

    /// <summary>-y sigmoid(m) against -y / (1 + e^-m) in double: relative 5e-7 (float) and 1e-15 (double).</summary>
    [Fact]
    public void Logistic_slope_is_minus_the_label_times_sigmoid_of_m()
    {
        for (int i = -100 * 16; i <= 100 * 16; i++)
        {
            double m = i / 16.0;
            foreach (int label in new[] { 1, -1 })
            {
                double exact = -label / (1 + Math.Exp(-m));
                float f = BinaryLoss.LogisticSlope((float)m, BinaryLoss.ExpOfMinusAbs((float)m), label);
                if (m >= -87)
                {
                    Assert.True(Math.Abs(f - exact) <= 5e-7 * Math.Abs(exact), $"float slope at m = {m}, y = {label}: {f}, exact {exact}");
                }
                else
                {
                    Assert.Equal(0f, Math.Abs(f));
                }

                double d = BinaryLoss.LogisticSlope(m, BinaryLoss.ExpOfMinusAbs(m), label);
                Assert.True(Math.Abs(d - exact) <= 1e-15 * Math.Abs(exact), $"double slope at m = {m}, y = {label}: {d}, exact {exact}");
            }
        }

        Assert.Equal(-1f, BinaryLoss.LogisticSlope(float.PositiveInfinity, 0f, 1f));
        Assert.Equal(0f, BinaryLoss.LogisticSlope(float.NegativeInfinity, 0f, 1f));
    }

    public static TheoryData<string> HingeNets() => new() { nameof(Shallow_Identity_Hinge_F), nameof(LoopShallow_Identity_Hinge_F), nameof(Shallow_Identity_Hinge_D), nameof(LoopShallow_Identity_Hinge_D) };

    public static TheoryData<string> LogisticNets() => new() { nameof(Shallow_Identity_Logistic_F), nameof(LoopShallow_Identity_Logistic_F), nameof(Shallow_Identity_Logistic_D) };

    [Theory]
    [MemberData(nameof(HingeNets))]
    [MemberData(nameof(LogisticNets))]
    public void A_NaN_score_stops_the_step_before_any_update(string name)
    {
        if (name.EndsWith("_D", StringComparison.Ordinal))
        {
            NaNScore<double>(name);
        }
        else
        {
            NaNScore<float>(name);
        }
    }

    [Theory]
    [MemberData(nameof(LogisticNets))]
    public void An_infinite_score_of_the_label_s_sign_is_a_loss_of_0_and_an_infinite_one_of_the_other_sign_stops_the_step(string name)
    {
        if (name.EndsWith("_D", StringComparison.Ordinal))
        {
            InfiniteScore<double>(name);
        }
        else
        {
            InfiniteScore<float>(name);
        }
    }

    private static INetwork<T> Create<T>(string name)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var net = (INetwork<T>)Activator.CreateInstance(typeof(Shallow_Identity_Hinge_F).Assembly.GetType($"NetGen.Tests.Networks.{name}", throwOnError: true)!)!;
        net.InitializeParameters(11);
        return net;
    }

    private static T[] Input<T>(INetwork<T> net)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Enumerable.Range(0, net.InputSize).Select(j => T.CreateChecked(0.25 * (j + 1))).ToArray();

    private static void NaNScore<T>(string name)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        INetwork<T> net = Create<T>(name);
        net.Parameters[^1] = T.NaN; // b(2), the output's bias: z = NaN whatever the rest
        T[] before = net.Parameters.ToArray();
        T[] input = Input(net);

        foreach (T label in new[] { T.One, -T.One })
        {
            Assert.True(T.IsNaN(net.ComputeLoss(input, [label])), $"{name}: ComputeLoss of a NaN score");
            var error = Assert.Throws<ArithmeticException>(() => net.TrainStep(input, [label], T.CreateChecked(0.1)));
            Assert.Contains("NaN", error.Message, StringComparison.Ordinal);
            Assert.True(before.AsSpan().SequenceEqual(net.Parameters), $"{name}: a rejected step changed the parameters");
        }
    }

    private static void InfiniteScore<T>(string name)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        INetwork<T> net = Create<T>(name);
        net.Parameters[^1] = T.PositiveInfinity; // z = +infinity
        T[] before = net.Parameters.ToArray();
        T[] input = Input(net);

        // y = +1: m = -y z = -infinity, log(1 + e^m) = 0, dLoss/dz = -y sigmoid(m) = 0: nothing moves.
        Assert.Equal(T.Zero, net.TrainStep(input, [T.One], T.CreateChecked(0.1)));
        Assert.True(before.AsSpan().SequenceEqual(net.Parameters), $"{name}: a step of zero gradient changed the parameters");

        // y = -1: m = +infinity, an infinite loss.
        Assert.Equal(T.PositiveInfinity, net.ComputeLoss(input, [-T.One]));
        var error = Assert.Throws<ArithmeticException>(() => net.TrainStep(input, [-T.One], T.CreateChecked(0.1)));
        Assert.Contains("Infinity", error.Message, StringComparison.Ordinal);
        Assert.True(before.AsSpan().SequenceEqual(net.Parameters), $"{name}: a rejected step changed the parameters");
    }
}
