using System.Numerics;
using NetGen.Runtime;

namespace NetGen.Tests;

/// <summary>
/// The vector softmax cross-entropy of the loop form against the formula evaluated in double with Math.Exp, for 1 to 33
/// logits (below one vector, whole vectors, and a last vector overlapping the one before it, at both 256-bit widths),
/// huge and equal logits, and NaN and infinite ones. Tolerances follow from VectorMath's exp (2 ulp) and the sum of at most
/// 33 terms in T: float 1e-6 and double 1e-14, relative to max(1, |loss|) for the loss (it is evaluated as
/// log s + (max z - z_c), as the unrolled code does, so it does not round at the scale of max z: logits near 60 with a
/// loss near 1 keep float precision) and absolute for softmax - onehot, whose terms are at most 1. The tests pass with DOTNET_EnableAVX512F=0 and DOTNET_EnableHWIntrinsic=0 too (the
/// scalar path).
/// </summary>
public class SoftmaxCrossEntropyTests
{
    public static TheoryData<int> Sizes()
    {
        var data = new TheoryData<int>();
        for (int n = 1; n <= 33; n++)
        {
            data.Add(n);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Loss_and_delta_match_the_double_reference(int outputs)
    {
        var random = new Random(outputs);
        for (int trial = 0; trial < 20; trial++)
        {
            double[] z = Enumerable.Range(0, outputs).Select(_ => (random.NextDouble() * 20) - 10).ToArray();
            int label = random.Next(outputs);
            Check<float>(z, label, 1e-6);
            Check<double>(z, label, 1e-14);
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Huge_logits_do_not_overflow(int outputs)
    {
        // One logit far above the rest: softmax is onehot(top) to the last bit, and the loss is 0 for the top class
        // and the gap for any other.
        var random = new Random(100 + outputs);
        int top = random.Next(outputs);
        double[] z = Enumerable.Range(0, outputs).Select(k => k == top ? 1e30 : -1e30 * random.NextDouble()).ToArray();
        for (int label = 0; label < outputs; label++)
        {
            Check<float>(z, label, 1e-6);
            Check<double>(z, label, 1e-14);
        }

        double[] large = Enumerable.Range(0, outputs).Select(k => 80.0 + k).ToArray();
        Check<float>(large, outputs - 1, 1e-6);
        Check<double>(large, 0, 1e-14);

        // Logits near 60 a quarter apart: the loss is about 1, and a float loss formed at the scale of 60 would be off
        // by about 2e-6 (half an ulp of 60 is 1.9e-6); formed as log s + (m - z_c) it is within 1e-6.
        double[] near = Enumerable.Range(0, outputs).Select(k => 60.0 - (0.25 * k)).ToArray();
        Check<float>(near, outputs / 2, 1e-6);
        Check<double>(near, outputs / 2, 1e-14);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Equal_logits_give_the_uniform_distribution(int outputs)
    {
        foreach (double value in new[] { 0.0, -3.5, 60.0 })
        {
            double[] z = Enumerable.Repeat(value, outputs).ToArray();
            int label = outputs / 2;
            (float loss, float[] delta) = Run<float>(z, label);
            Assert.Equal(Math.Log(outputs), loss, 1e-6);
            for (int k = 0; k < outputs; k++)
            {
                Assert.Equal((1.0 / outputs) - (k == label ? 1 : 0), delta[k], 1e-7);
            }

            (double lossD, double[] deltaD) = Run<double>(z, label);
            Assert.Equal(Math.Log(outputs), lossD, 1e-14);
            Assert.Equal((1.0 / outputs) - 1, deltaD[label], 1e-15);
        }
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 2)]
    [InlineData(8, 7)]
    [InlineData(10, 9)]
    [InlineData(10, 3)]
    [InlineData(17, 16)]
    [InlineData(33, 0)]
    public void A_NaN_logit_makes_the_loss_and_every_delta_NaN(int outputs, int bad)
    {
        double[] z = Enumerable.Range(0, outputs).Select(k => k * 0.1).ToArray();
        z[bad] = double.NaN;
        int label = (bad + 1) % outputs;
        (float loss, float[] delta) = Run<float>(z, label);
        Assert.True(float.IsNaN(loss));
        Assert.All(delta, d => Assert.True(float.IsNaN(d)));
        (double lossD, double[] deltaD) = Run<double>(z, label);
        Assert.True(double.IsNaN(lossD));
        Assert.All(deltaD, d => Assert.True(double.IsNaN(d)));
        Assert.True(float.IsNaN(SoftmaxKernels.Loss<float>(Array.ConvertAll(z, v => (float)v), label)));
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(8, 7)]
    [InlineData(10, 9)]
    [InlineData(10, 3)]
    [InlineData(33, 0)]
    public void Infinite_logits_end_as_in_the_scalar_formula(int outputs, int bad)
    {
        double[] z = Enumerable.Range(0, outputs).Select(k => k * 0.1).ToArray();
        int label = (bad + 1) % outputs;
        z[bad] = double.PositiveInfinity;
        Assert.False(float.IsFinite(Run<float>(z, label).Loss));
        Assert.False(double.IsFinite(Run<double>(z, label).Loss));

        // -infinity: a class of probability 0, the loss of the others finite; infinite for that class itself.
        z[bad] = double.NegativeInfinity;
        Check<float>(z, label, 1e-6);
        Check<double>(z, label, 1e-14);
        Assert.Equal(float.PositiveInfinity, Run<float>(z, bad).Loss);
        Assert.Equal(double.PositiveInfinity, Run<double>(z, bad).Loss);
    }

    [Fact]
    public void A_delta_of_the_wrong_length_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => SoftmaxKernels.LossAndDelta<float>(new float[10], 0, new float[9]));
    }

    // The helpers of the unrolled softmax: a branch-free max for the shift, onehot(c) and z_c picked without a branch.

    public static TheoryData<double, double> MaxPairs() => new()
    {
        { 1, 2 }, { 2, 1 }, { -3, -3 }, { -0.0, 0.0 }, { 0.0, -0.0 }, { double.NaN, 1 }, { 1, double.NaN },
        { double.NegativeInfinity, -1e30 }, { double.PositiveInfinity, 5 }, { -1e-40, 1e-40 }, { 3e38, -3e38 },
    };

    [Theory]
    [MemberData(nameof(MaxPairs))]
    public void Max_is_the_larger_or_the_second_operand_when_either_is_NaN(double a, double b)
    {
        // maxss semantics: a > b ? a : b, so equal values (+0 and -0) and any NaN give b.
        float fa = (float)a, fb = (float)b;
        Assert.Equal(BitConverter.SingleToInt32Bits(fa > fb ? fa : fb), BitConverter.SingleToInt32Bits(SoftmaxKernels.Max(fa, fb)));
        Assert.Equal(BitConverter.DoubleToInt64Bits(a > b ? a : b), BitConverter.DoubleToInt64Bits(SoftmaxKernels.Max(a, b)));
    }

    [Fact]
    public void OneHot_is_1_exactly_when_label_and_class_match()
    {
        int[] values = [0, 1, 2, 3, 7, 8, 9, 255, 256, 1 << 20, int.MaxValue - 1, int.MaxValue];
        foreach (int label in values)
        {
            foreach (int k in values)
            {
                Assert.Equal(label == k ? 1 : 0, SoftmaxKernels.OneHot(label, k));
            }
        }
    }

    [Fact]
    public void Pick_returns_the_bits_of_z_for_the_label_and_positive_zero_otherwise()
    {
        float[] floats = [1.5f, -2.25f, -0f, 0f, float.NaN, -float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.MaxValue, float.Epsilon];
        foreach (float z in floats)
        {
            for (int label = 0; label < 4; label++)
            {
                for (int k = 0; k < 4; k++)
                {
                    int expected = label == k ? BitConverter.SingleToInt32Bits(z) : 0;
                    Assert.Equal(expected, BitConverter.SingleToInt32Bits(SoftmaxKernels.Pick(z, label, k)));
                    double d = z;
                    long expectedDouble = label == k ? BitConverter.DoubleToInt64Bits(d) : 0L;
                    Assert.Equal(expectedDouble, BitConverter.DoubleToInt64Bits(SoftmaxKernels.Pick(d, label, k)));
                }
            }
        }
    }

    private static void Check<T>(double[] z, int label, double tolerance)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // The reference takes the logits as T holds them.
        double[] zt = z.Select(v => double.CreateTruncating(T.CreateTruncating(v))).ToArray();
        double max = zt.Max();
        double sum = zt.Sum(v => Math.Exp(v - max));
        double expectedLoss = Math.Log(sum) + max - zt[label];
        (T loss, T[] delta) = Run<T>(z, label);
        string what = $"{typeof(T).Name}, {z.Length} logits, label {label}";
        // The loss is evaluated as log s + (m - z_c), as the unrolled code does: m - z_c <= loss, so it rounds at the
        // scale of the loss, not of m.
        double scale = Math.Max(1, Math.Abs(expectedLoss));
        Assert.True(Math.Abs(double.CreateTruncating(loss) - expectedLoss) <= tolerance * scale, $"{what}: loss {loss}, expected {expectedLoss}");
        Assert.Equal(double.CreateTruncating(loss), double.CreateTruncating(SoftmaxKernels.Loss<T>(zt.Select(T.CreateTruncating).ToArray(), label)));
        for (int k = 0; k < z.Length; k++)
        {
            double expected = (Math.Exp(zt[k] - max) / sum) - (k == label ? 1 : 0);
            Assert.True(Math.Abs(double.CreateTruncating(delta[k]) - expected) <= tolerance, $"{what}: delta[{k}] {delta[k]}, expected {expected}");
        }
    }

    private static (T Loss, T[] Delta) Run<T>(double[] z, int label)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T[] logits = z.Select(T.CreateTruncating).ToArray();
        var delta = new T[z.Length];
        T loss = SoftmaxKernels.LossAndDelta<T>(logits, label, delta);
        return (loss, delta);
    }
}
