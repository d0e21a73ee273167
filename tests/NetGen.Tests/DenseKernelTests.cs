using System.Numerics;
using NetGen.Runtime;

namespace NetGen.Tests;

/// <summary>
/// The SIMD kernels of the loop form against plain loops in double, at every size from 1 to 70 inputs, so that each
/// vector width's remainder path (512, 256, 128 bits, single columns, the masked last vector) runs. Tolerances are the
/// classical bound for a reordered, fused sum of n products: |computed - exact| &lt;= (n + 2) u sum_i |a_i b_i| with u the
/// unit roundoff (2^-24 float, 2^-53 double); the reference itself, summed in double, adds at most n 2^-53 sum |a_i b_i|.
/// </summary>
public class DenseKernelTests
{
    private static readonly int[] Outputs = [1, 2, 3, 4, 5, 7, 8, 9, 13, 17, 33];

    public static TheoryData<int> Sizes()
    {
        var data = new TheoryData<int>();
        for (int n = 1; n <= 70; n++)
        {
            data.Add(n);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Affine_matches_the_scalar_reference(int inputs)
    {
        AffineCase<float>(inputs);
        AffineCase<double>(inputs);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void TransposedMultiply_matches_the_scalar_reference(int inputs)
    {
        TransposedCase<float>(inputs);
        TransposedCase<double>(inputs);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void AccumulateOuter_matches_the_scalar_reference(int inputs)
    {
        OuterCase<float>(inputs);
        OuterCase<double>(inputs);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void BackpropAndUpdate_matches_the_scalar_reference(int inputs)
    {
        UpdateCase<float>(inputs, withBelow: true);
        UpdateCase<double>(inputs, withBelow: true);
        UpdateCase<float>(inputs, withBelow: false);
        UpdateCase<double>(inputs, withBelow: false);
    }

    [Fact]
    public void Update_kernels_handle_more_rows_than_one_row_group()
    {
        // 600 rows: ten row groups (64 rows, one bit each, a group), with zero deltas scattered through all of them.
        foreach (int inputs in new[] { 3, 40 })
        {
            UpdateCase<float>(inputs, withBelow: true, outputs: 600);
            UpdateCase<double>(inputs, withBelow: true, outputs: 600);
            OuterCase<float>(inputs, outputs: 600);
        }
    }

    [Fact]
    public void Affine_handles_a_large_layer()
    {
        AffineCase<float>(784, outputs: [128, 10]);
        AffineCase<double>(784, outputs: [128, 10]);
    }

    [Theory]
    [InlineData(Activation.Identity)]
    [InlineData(Activation.ReLU)]
    [InlineData(Activation.LeakyReLU)]
    public void Piecewise_linear_activations_equal_the_scalar_form_bit_for_bit(Activation activation)
    {
        float[] z = Specials(37);
        var h = new float[z.Length];
        DenseKernels.Activate(activation, z, h);
        for (int i = 0; i < z.Length; i++)
        {
            float expected = activation switch
            {
                Activation.Identity => z[i],
                Activation.ReLU => z[i] > 0 ? z[i] : 0f,
                _ => z[i] > 0 ? z[i] : 0.01f * z[i],
            };
            Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(h[i]));
        }
    }

    [Theory]
    [InlineData(Activation.Identity)]
    [InlineData(Activation.Sigmoid)]
    [InlineData(Activation.Tanh)]
    [InlineData(Activation.ReLU)]
    [InlineData(Activation.LeakyReLU)]
    public void Derivative_factors_equal_the_scalar_form_bit_for_bit(Activation activation)
    {
        double[] z = Array.ConvertAll(Specials(29), v => (double)v);
        double[] h = Array.ConvertAll(z, v => double.IsFinite(v) ? Math.Tanh(v) : v);
        var random = new Random(5);
        double[] delta = z.Select((_, i) => i == 3 ? double.NaN : (random.NextDouble() * 2) - 1).ToArray();
        double[] expected = delta.Select((d, j) => d * activation switch
        {
            Activation.Identity => 1.0,
            Activation.Sigmoid => h[j] * (1 - h[j]),
            Activation.Tanh => 1 - (h[j] * h[j]),
            Activation.ReLU => z[j] > 0 ? 1.0 : 0.0,
            _ => z[j] > 0 ? 1.0 : 0.01,
        }).ToArray();
        DenseKernels.MultiplyByDerivative(activation, z, h, delta);
        for (int j = 0; j < delta.Length; j++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected[j]), BitConverter.DoubleToInt64Bits(delta[j]));
        }
    }

    private static float[] Specials(int length)
    {
        var random = new Random(3);
        float[] values = Enumerable.Range(0, length).Select(_ => (float)((random.NextDouble() * 4) - 2)).ToArray();
        values[0] = float.NaN;
        values[1] = float.NegativeInfinity;
        values[2] = float.PositiveInfinity;
        values[5] = -0f;
        values[6] = 0f;
        values[9] = -1e-30f;
        return values;
    }

    private static double Unit<T>() => typeof(T) == typeof(float) ? Math.Pow(2, -24) : Math.Pow(2, -53);

    /// <summary>Bound on the error of a reordered, fused sum of n products whose magnitudes add up to <paramref name="magnitude"/>.</summary>
    private static double SumTolerance<T>(int n, double magnitude) => (((n + 2) * Unit<T>()) + (n * Math.Pow(2, -53))) * magnitude;

    private static T[] Draw<T>(Random random, int count, bool someZeros = false)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Enumerable.Range(0, count)
            .Select(i => someZeros && random.Next(3) == 0 ? T.Zero : T.CreateTruncating((random.NextDouble() * 2) - 1))
            .ToArray();

    private static double D<T>(T value)
        where T : unmanaged, IFloatingPointIeee754<T> => double.CreateTruncating(value);

    private static void AffineCase<T>(int inputs, int[]? outputs = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(inputs);
        foreach (int count in outputs ?? Outputs)
        {
            T[] w = Draw<T>(random, count * inputs);
            T[] b = Draw<T>(random, count);
            T[] x = Draw<T>(random, inputs);
            var z = new T[count];
            DenseKernels.Affine<T>(w, b, x, z);
            for (int k = 0; k < count; k++)
            {
                double exact = D(b[k]);
                double magnitude = Math.Abs(D(b[k]));
                for (int j = 0; j < inputs; j++)
                {
                    exact += D(w[(k * inputs) + j]) * D(x[j]);
                    magnitude += Math.Abs(D(w[(k * inputs) + j]) * D(x[j]));
                }

                double error = Math.Abs(D(z[k]) - exact);
                Assert.True(error <= SumTolerance<T>(inputs + 1, magnitude), $"{typeof(T).Name} {count}x{inputs}, z[{k}] = {D(z[k])}, exact {exact}, error {error}");
            }
        }
    }

    private static void TransposedCase<T>(int inputs)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(100 + inputs);
        foreach (int count in Outputs)
        {
            T[] w = Draw<T>(random, count * inputs);
            T[] delta = Draw<T>(random, count, someZeros: true);
            T[] result = Draw<T>(random, inputs); // overwritten, not accumulated into
            DenseKernels.TransposedMultiply<T>(w, delta, result);
            CheckTransposed(w, delta, result, inputs, $"TransposedMultiply {typeof(T).Name} {count}x{inputs}");
        }
    }

    private static void CheckTransposed<T>(T[] w, T[] delta, T[] result, int inputs, string name)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int j = 0; j < inputs; j++)
        {
            double exact = 0, magnitude = 0;
            for (int k = 0; k < delta.Length; k++)
            {
                exact += D(w[(k * inputs) + j]) * D(delta[k]);
                magnitude += Math.Abs(D(w[(k * inputs) + j]) * D(delta[k]));
            }

            double error = Math.Abs(D(result[j]) - exact);
            Assert.True(error <= SumTolerance<T>(delta.Length, magnitude), $"{name}: [{j}] = {D(result[j])}, exact {exact}, error {error}");
        }
    }

    private static void OuterCase<T>(int inputs, int? outputs = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(200 + inputs);
        foreach (int count in outputs is int only ? [only] : Outputs)
        {
            T[] delta = Draw<T>(random, count, someZeros: true);
            T[] h = Draw<T>(random, inputs);
            T[] gradientW = Draw<T>(random, count * inputs);
            T[] gradientB = Draw<T>(random, count);
            T[] oldW = (T[])gradientW.Clone();
            T[] oldB = (T[])gradientB.Clone();
            DenseKernels.AccumulateOuter<T>(delta, h, gradientW, gradientB);
            for (int k = 0; k < count; k++)
            {
                for (int j = 0; j < inputs; j++)
                {
                    double product = D(delta[k]) * D(h[j]);
                    double exact = D(oldW[(k * inputs) + j]) + product;
                    double error = Math.Abs(D(gradientW[(k * inputs) + j]) - exact);
                    Assert.True(error <= SumTolerance<T>(1, Math.Abs(D(oldW[(k * inputs) + j])) + Math.Abs(product)), $"AccumulateOuter {typeof(T).Name} {count}x{inputs} [{k},{j}]");
                }

                Assert.Equal(oldB[k] + delta[k], gradientB[k]);
            }
        }
    }

    private static void UpdateCase<T>(int inputs, bool withBelow, int? outputs = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(300 + inputs);
        T eta = T.CreateTruncating(0.05);
        foreach (int count in outputs is int only ? [only] : Outputs)
        {
            T[] w = Draw<T>(random, count * inputs);
            T[] b = Draw<T>(random, count);
            T[] delta = Draw<T>(random, count, someZeros: true);
            T[] h = Draw<T>(random, inputs);
            T[] below = withBelow ? Draw<T>(random, inputs) : [];
            T[] oldW = (T[])w.Clone();
            T[] oldB = (T[])b.Clone();
            DenseKernels.BackpropAndUpdate<T>(w, b, delta, h, below, eta);
            string name = $"BackpropAndUpdate {typeof(T).Name} {count}x{inputs}";
            if (withBelow)
            {
                CheckTransposed(oldW, delta, below, inputs, name);
            }

            for (int k = 0; k < count; k++)
            {
                T step = eta * delta[k];
                for (int j = 0; j < inputs; j++)
                {
                    double product = D(step) * D(h[j]);
                    double exact = D(oldW[(k * inputs) + j]) - product;
                    double error = Math.Abs(D(w[(k * inputs) + j]) - exact);
                    Assert.True(error <= SumTolerance<T>(1, Math.Abs(D(oldW[(k * inputs) + j])) + Math.Abs(product)), $"{name} w[{k},{j}]: error {error}");
                }

                Assert.Equal(oldB[k] - step, b[k]);
            }
        }
    }
}
