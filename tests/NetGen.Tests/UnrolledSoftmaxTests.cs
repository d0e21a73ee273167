using NetGen.Tests.Networks;

namespace NetGen.Tests;

/// <summary>
/// The unrolled softmax cross-entropy takes e^(z_k - max) of its outputs in one vector (VectorMath.Exp) when they fit
/// in one. These tests drive the logits directly: with W(2) = 0 the logits are b(2), so the loss and delta(3) (the
/// gradient of b(2)) can be compared with a double-precision reference, also for logits far apart, and non-finite
/// logits (NaN, +infinity, or -infinity on the label) must stop a training step before it changes anything.
/// </summary>
public class UnrolledSoftmaxTests
{
    // Shallow_Identity_SoftmaxCrossEntropy_*: 3-4-3, W(1) [4 x 3] at 0, b(1) at 12, W(2) [3 x 4] at 16, b(2) at 28.
    private const int W2Offset = 16;
    private const int B2Offset = 28;
    private const int Classes = 3;

    public static TheoryData<double, double, double, int> Logits() => new()
    {
        { 0.5, -1.25, 2.0, 0 },
        { 0.5, -1.25, 2.0, 2 },
        { 3.0, 3.0, 3.0, 1 },
        { 80.0, -80.0, 0.0, 1 },
        { -40.0, 60.0, 59.5, 2 },
        { 1e30, 0.0, -1e30, 2 },
        { 1e30, 0.0, -1e30, 0 },
    };

    private static (double Loss, double[] Delta) Reference(double[] z, int label)
    {
        double max = z.Max();
        double sum = z.Sum(v => Math.Exp(v - max));
        double[] delta = z.Select((v, k) => (Math.Exp(v - max) / sum) - (k == label ? 1 : 0)).ToArray();
        return (Math.Log(sum) + max - z[label], delta);
    }

    private static void SetLogits<T>(INetwork<T> net, T[] logits)
        where T : unmanaged
    {
        net.InitializeParameters(5);
        net.Parameters.Slice(W2Offset, Classes * 4).Clear();
        logits.CopyTo(net.Parameters.Slice(B2Offset, Classes));
    }

    [Theory]
    [MemberData(nameof(Logits))]
    public void Float_loss_and_delta_match_the_double_reference(double z0, double z1, double z2, int label)
    {
        double[] z = [z0, z1, z2];
        var net = new Shallow_Identity_SoftmaxCrossEntropy_F();
        SetLogits(net, z.Select(v => (float)v).ToArray());
        var (loss, delta) = Reference(z.Select(v => (double)(float)v).ToArray(), label);
        float[] input = [0.3f, -0.7f, 1.1f];

        float computed = net.ComputeLoss(input, label);
        var gradient = new float[Shallow_Identity_SoftmaxCrossEntropy_F.ParameterCount];
        float accumulated = net.AccumulateGradient(input, label, gradient);

        double tolerance = 4e-7 * Math.Max(1, Math.Abs(loss));
        Assert.InRange(computed, loss - tolerance, loss + tolerance);
        Assert.Equal(computed, accumulated);
        for (int k = 0; k < Classes; k++)
        {
            Assert.InRange(gradient[B2Offset + k], delta[k] - 4e-7, delta[k] + 4e-7);
        }
    }

    [Theory]
    [MemberData(nameof(Logits))]
    public void Double_loss_and_delta_match_the_reference(double z0, double z1, double z2, int label)
    {
        double[] z = [z0, z1, z2];
        var net = new Shallow_Identity_SoftmaxCrossEntropy_D();
        SetLogits(net, z);
        var (loss, delta) = Reference(z, label);
        double[] input = [0.3, -0.7, 1.1];

        double computed = net.ComputeLoss(input, label);
        var gradient = new double[Shallow_Identity_SoftmaxCrossEntropy_D.ParameterCount];
        double accumulated = net.AccumulateGradient(input, label, gradient);

        double tolerance = 1e-14 * Math.Max(1, Math.Abs(loss));
        Assert.InRange(computed, loss - tolerance, loss + tolerance);
        Assert.Equal(computed, accumulated);
        for (int k = 0; k < Classes; k++)
        {
            Assert.InRange(gradient[B2Offset + k], delta[k] - 1e-14, delta[k] + 1e-14);
        }
    }

    [Fact]
    public void The_training_step_returns_the_same_loss_and_moves_b2_by_eta_delta()
    {
        double[] z = [0.5, -1.25, 2.0];
        var net = new Shallow_Identity_SoftmaxCrossEntropy_F();
        SetLogits(net, z.Select(v => (float)v).ToArray());
        var (loss, delta) = Reference(z, 1);
        float[] before = net.Parameters.ToArray();

        float returned = net.TrainStep([0.3f, -0.7f, 1.1f], 1, 0.5f);

        Assert.InRange(returned, loss - 1e-6, loss + 1e-6);
        for (int k = 0; k < Classes; k++)
        {
            double expected = before[B2Offset + k] - (0.5 * delta[k]);
            Assert.InRange(net.Parameters[B2Offset + k], expected - 1e-6, expected + 1e-6);
        }
    }

    [Theory]
    [InlineData(float.NaN, 0)]
    [InlineData(float.NaN, 1)]
    [InlineData(float.PositiveInfinity, 0)]
    [InlineData(float.PositiveInfinity, 1)]
    public void A_NaN_or_infinite_logit_stops_the_step_before_any_update(float bad, int label)
    {
        var net = new Shallow_Identity_SoftmaxCrossEntropy_F();
        SetLogits(net, [0.5f, bad, -1f]);
        float[] before = net.Parameters.ToArray();

        Assert.False(float.IsFinite(net.ComputeLoss([0.3f, -0.7f, 1.1f], label)));
        var error = Assert.Throws<ArithmeticException>(() => net.TrainStep([0.3f, -0.7f, 1.1f], label, 0.1f));

        Assert.Contains("loss", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(before.AsSpan().SequenceEqual(net.Parameters), "a rejected step changed the parameters");
    }

    [Fact]
    public void A_label_of_logit_minus_infinity_has_an_infinite_loss_and_stops_the_step()
    {
        var net = new Shallow_Identity_SoftmaxCrossEntropy_F();
        SetLogits(net, [0.5f, float.NegativeInfinity, -1f]);
        float[] before = net.Parameters.ToArray();

        Assert.Equal(float.PositiveInfinity, net.ComputeLoss([0.3f, -0.7f, 1.1f], 1));
        var error = Assert.Throws<ArithmeticException>(() => net.TrainStep([0.3f, -0.7f, 1.1f], 1, 0.1f));

        Assert.Contains("loss", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(before.AsSpan().SequenceEqual(net.Parameters), "a rejected step changed the parameters");
    }

    [Fact]
    public void A_class_of_logit_minus_infinity_gets_a_vanishing_probability()
    {
        var net = new Shallow_Identity_SoftmaxCrossEntropy_F();
        SetLogits(net, [0.5f, float.NegativeInfinity, -1f]);
        var gradient = new float[Shallow_Identity_SoftmaxCrossEntropy_F.ParameterCount];

        float loss = net.AccumulateGradient([0.3f, -0.7f, 1.1f], 0, gradient);

        var (expected, delta) = Reference([0.5, double.NegativeInfinity, -1.0], 0);
        Assert.InRange(loss, expected - 1e-6, expected + 1e-6);
        Assert.InRange(gradient[B2Offset + 1], 0f, 1e-30f);
        Assert.InRange(gradient[B2Offset + 0], delta[0] - 1e-6, delta[0] + 1e-6);
    }
}
