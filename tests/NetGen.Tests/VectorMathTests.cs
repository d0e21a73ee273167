using System.Runtime.Intrinsics;
using NetGen.Runtime;

namespace NetGen.Tests;

/// <summary>The vectorised functions against System.Math over their whole useful range, with the documented bounds.</summary>
public class VectorMathTests
{
    private static IEnumerable<double> Grid(double from, double to, int count) =>
        Enumerable.Range(0, count).Select(i => from + ((to - from) * i / (count - 1)));

    [Fact]
    public void Float_exp_is_within_2_ulp()
    {
        double worst = 0;
        foreach (double x in Grid(-87, 88.3, 200_001))
        {
            float expected = (float)Math.Exp((float)x);
            float actual = VectorMath.Exp(Vector256.Create((float)x)).GetElement(3);
            worst = Math.Max(worst, Math.Abs(actual - expected) / (MathF.BitIncrement(expected) - expected));
        }

        Assert.True(worst <= 2, $"worst error {worst} ulp");
    }

    [Fact]
    public void Double_exp_is_within_2_ulp()
    {
        double worst = 0;
        foreach (double x in Grid(-708, 709, 200_001))
        {
            double expected = Math.Exp(x);
            double actual = VectorMath.Exp(Vector256.Create(x)).GetElement(1);
            worst = Math.Max(worst, Math.Abs(actual - expected) / (Math.BitIncrement(expected) - expected));
        }

        Assert.True(worst <= 2, $"worst error {worst} ulp");
    }

    [Fact]
    public void Tanh_and_sigmoid_are_within_the_documented_absolute_error()
    {
        double worstTanhF = 0, worstSigmoidF = 0, worstTanhD = 0, worstSigmoidD = 0;
        foreach (double x in Grid(-60, 60, 400_001).Concat(Grid(-1e-3, 1e-3, 10_001)))
        {
            float xf = (float)x;
            worstTanhF = Math.Max(worstTanhF, Math.Abs(VectorMath.Tanh(Vector256.Create(xf)).GetElement(0) - Math.Tanh(xf)));
            worstSigmoidF = Math.Max(worstSigmoidF, Math.Abs(VectorMath.Sigmoid(Vector256.Create(xf)).GetElement(0) - (1 / (1 + Math.Exp(-xf)))));
            worstTanhD = Math.Max(worstTanhD, Math.Abs(VectorMath.Tanh(Vector256.Create(x)).GetElement(0) - Math.Tanh(x)));
            worstSigmoidD = Math.Max(worstSigmoidD, Math.Abs(VectorMath.Sigmoid(Vector256.Create(x)).GetElement(0) - (1 / (1 + Math.Exp(-x)))));
        }

        Assert.True(worstTanhF <= 2.4e-7, $"float tanh {worstTanhF:E2}");
        Assert.True(worstSigmoidF <= 2.4e-7, $"float sigmoid {worstSigmoidF:E2}");
        Assert.True(worstTanhD <= 3e-16, $"double tanh {worstTanhD:E2}");
        Assert.True(worstSigmoidD <= 3e-16, $"double sigmoid {worstSigmoidD:E2}");
    }

    [Fact]
    public void Every_lane_is_computed_independently_and_tanh_is_odd()
    {
        Vector256<float> x = Vector256.Create(-3f, -1f, -0.25f, 0f, 0.25f, 1f, 3f, 20f);
        Vector256<float> t = VectorMath.Tanh(x);
        for (int i = 0; i < 8; i++)
        {
            Assert.Equal(MathF.Tanh(x.GetElement(i)), t.GetElement(i), 2.4e-7f);
        }

        Assert.Equal(-t.GetElement(4), VectorMath.Tanh(Vector256.Create(-0.25f)).GetElement(0));
    }

    [Fact]
    public void Float_sigmoid_saturates_at_0_and_1_past_its_clamp_and_keeps_NaN()
    {
        float[] xs = [float.NegativeInfinity, -1e30f, -200f, -88f, -87f, -86.5f, 86.5f, 87f, 88f, 200f, 1e30f, float.PositiveInfinity];
        foreach (float x in xs)
        {
            float s = VectorMath.Sigmoid(Vector256.Create(x)).GetElement(0);
            Assert.True(s >= 0f && s <= 1f, $"sigmoid({x}) = {s}");
            Assert.Equal(1 / (1 + Math.Exp(-Math.Clamp(x, -1e4, 1e4))), s, 2.4e-7);
        }

        Assert.True(float.IsNaN(VectorMath.Sigmoid(Vector256.Create(float.NaN)).GetElement(0)));
    }
}
