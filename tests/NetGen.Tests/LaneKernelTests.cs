using System.Numerics;
using System.Runtime.Intrinsics;
using NetGen.Runtime;

namespace NetGen.Tests;

/// <summary>
/// The lane-block kernels of ForwardBatch against plain loops in double: every input count from 1 to 70 and output
/// counts around the eight- and four-row tiles, float and double. A lane's z_k is a sum of inputs + 1 terms computed in a
/// different order and with fused multiply-adds, so it is held to (n + 2) u sum |terms| (u = 2^-24 float, 2^-53 double)
/// plus the reference's own n 2^-53 sum |terms|.
/// </summary>
public class LaneKernelTests
{
    public static TheoryData<int> Sizes()
    {
        var data = new TheoryData<int>();
        for (int n = 1; n <= 70; n++)
        {
            data.Add(n);
        }

        return data;
    }

    [Fact]
    public void A_block_is_128_bytes_of_samples()
    {
        Assert.Equal(32, LaneKernels.BlockSize<float>());
        Assert.Equal(16, LaneKernels.BlockSize<double>());
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Affine_matches_the_scalar_reference_in_every_lane(int inputs)
    {
        Check<float>(inputs);
        Check<double>(inputs);
    }

    /// <summary>Widths below, at and past the 16-float and 8-double register transposes, with and without leftover columns.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(24)]
    [InlineData(33)]
    [InlineData(64)]
    [InlineData(784)]
    public void ToLanes_and_FromLanes_transpose_a_block_and_back(int width)
    {
        Transpose<float>(width);
        Transpose<double>(width);
    }

    [Fact]
    public void VectorMath512_doubles_equal_VectorMath_bit_for_bit()
    {
        var random = new Random(8);
        for (int i = 0; i < 20_000; i++)
        {
            double x = (random.NextDouble() - 0.5) * (i % 2 == 0 ? 40 : 1500);
            Assert.Equal(VectorMath.Tanh(Vector256.Create(x)).GetElement(0), VectorMath512.Tanh(Vector512.Create(x)).GetElement(7));
            Assert.Equal(VectorMath.Sigmoid(Vector256.Create(x)).GetElement(0), VectorMath512.Sigmoid(Vector512.Create(x)).GetElement(3));
            Assert.Equal(VectorMath.Exp(Vector256.Create(x)).GetElement(0), VectorMath512.Exp(Vector512.Create(x)).GetElement(6));
        }
    }

    /// <summary>The float functions use FMA and a refined reciprocal: the bounds documented on VectorMath still hold.</summary>
    [Fact]
    public void VectorMath512_floats_are_within_VectorMaths_documented_bounds()
    {
        double worstExp = 0;
        for (int i = 0; i < 200_001; i++)
        {
            float x = (float)(-87 + (175.3 * i / 200_000));
            float expected = (float)Math.Exp(x);
            float actual = VectorMath512.Exp(Vector512.Create(x)).GetElement(9);
            worstExp = Math.Max(worstExp, Math.Abs(actual - expected) / (MathF.BitIncrement(expected) - expected));
        }

        double worstTanh = 0, worstSigmoid = 0;
        IEnumerable<double> grid = Enumerable.Range(0, 400_001).Select(i => -60 + (120.0 * i / 400_000))
            .Concat(Enumerable.Range(0, 10_001).Select(i => -1e-3 + (2e-3 * i / 10_000)));
        foreach (double value in grid)
        {
            float x = (float)value;
            worstTanh = Math.Max(worstTanh, Math.Abs(VectorMath512.Tanh(Vector512.Create(x)).GetElement(13) - Math.Tanh(x)));
            worstSigmoid = Math.Max(worstSigmoid, Math.Abs(VectorMath512.Sigmoid(Vector512.Create(x)).GetElement(2) - (1 / (1 + Math.Exp(-x)))));
        }

        Assert.True(worstExp <= 2, $"float exp {worstExp} ulp");
        Assert.True(worstTanh <= 2.4e-7, $"float tanh {worstTanh:E2}");
        Assert.True(worstSigmoid <= 2.4e-7, $"float sigmoid {worstSigmoid:E2}");
        Assert.Equal(-1f, VectorMath512.Tanh(Vector512.Create(-100f)).GetElement(0));
        Assert.Equal(0f, VectorMath512.Sigmoid(Vector512.Create(-100f)).GetElement(0), 1e-30f);
    }

    /// <summary>The last rows of a batch: fewer rows than a block fill the first lanes, zeros the rest, and come back alone.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(17)]
    public void A_partial_block_fills_the_first_lanes_and_zeros_the_rest(int width)
    {
        PartialTranspose<float>(width);
        PartialTranspose<double>(width);
    }

    [Fact]
    public void ToLanes_rejects_partial_rows_and_more_rows_than_a_block()
    {
        int count = LaneKernels.BlockSize<float>();
        Assert.Throws<ArgumentException>(() => LaneKernels.ToLanes<float>(new float[5], 2, new float[2 * count]));
        Assert.Throws<ArgumentException>(() => LaneKernels.ToLanes<float>(new float[2 * (count + 1)], 2, new float[2 * count]));
        Assert.Throws<ArgumentException>(() => LaneKernels.FromLanes<float>(new float[2 * count], 2, new float[3]));
    }

    /// <summary>
    /// ForwardBatch's tanh (its own AVX-512 float evaluation, four vectors at a time) within 2.4e-7 (VectorMath's documented
    /// bound is 3.4e-7) of Math.Tanh over a dense grid, exactly +-1 past saturation, NaN kept and the sign of zero kept.
    /// </summary>
    [Fact]
    public void Lane_tanh_is_within_VectorMaths_documented_bound()
    {
        float[] z = Enumerable.Range(0, 400_001).Select(i => -60 + (120.0 * i / 400_000))
            .Concat(Enumerable.Range(0, 10_001).Select(i => -1e-3 + (2e-3 * i / 10_000)))
            .Concat(Enumerable.Range(0, 200_001).Select(i => -10 + (20.0 * i / 200_000)))
            .Select(v => (float)v)
            .Concat([float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0f, -0f, 1e-30f, -1e-40f, 9.1f, -9.1f, 100f])
            .ToArray();
        var h = new float[z.Length];
        LaneActivations.Activate<float>(Activation.Tanh, z, h);
        double worst = 0;
        for (int i = 0; i < z.Length; i++)
        {
            if (!float.IsNaN(z[i]))
            {
                worst = Math.Max(worst, Math.Abs(h[i] - Math.Tanh(z[i])));
            }
        }

        // The lane form (AVX-512) is within 2.4e-7; without AVX-512 Activate falls back to VectorMath.Tanh, within its
        // documented 3.4e-7 (3.5e-7 without FMA, x86 before AVX2).
        double bound = System.Runtime.Intrinsics.X86.Avx512F.IsSupported ? 2.4e-7
            : System.Runtime.Intrinsics.X86.Fma.IsSupported ? 3.4e-7 : 3.5e-7;
        Assert.True(worst <= bound, $"lane tanh {worst:E2}");
        Assert.True(float.IsNaN(h[^10]));
        Assert.True(float.IsNegative(h[^6]) && h[^6] == 0);

        // +-infinity and 100: exactly +-1 in the lane form; VectorMath's value at +-9 otherwise (1 - 6e-8 without FMA).
        float[] saturated = [h[^9], -h[^8], h[^1]];
        if (System.Runtime.Intrinsics.X86.Avx512F.IsSupported)
        {
            Assert.Equal([1f, 1f, 1f], saturated);
        }
        else
        {
            Assert.All(saturated, v => Assert.True(v <= 1f && 1f - v <= bound, $"tanh at saturation {v}"));
        }
    }

    /// <summary>Every length from 0 to 100 (whole groups of four vectors, single vectors and a scalar tail), every activation, float and double.</summary>
    [Fact]
    public void Lane_activations_agree_with_DenseKernels_at_every_length()
    {
        var random = new Random(5);
        foreach (Activation activation in Enum.GetValues<Activation>())
        {
            for (int n = 0; n <= 100; n++)
            {
                double[] values = Enumerable.Range(0, n).Select(_ => (random.NextDouble() - 0.5) * 12).ToArray();
                CompareActivations(activation, values.Select(v => (float)v).ToArray(), 3.4e-7);
                CompareActivations(activation, values, 0);
            }
        }
    }

    private static void CompareActivations<T>(Activation activation, T[] z, double tolerance)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var lane = new T[z.Length];
        var dense = new T[z.Length];
        LaneActivations.Activate<T>(activation, z, lane);
        DenseKernels.Activate<T>(activation, z, dense);
        for (int i = 0; i < z.Length; i++)
        {
            // Both are within VectorMath's documented bound of tanh, so within twice it of each other; elsewhere they are the
            // same code.
            Assert.True(Math.Abs(D(lane[i]) - D(dense[i])) <= 2 * tolerance, $"{activation} {typeof(T).Name} n={z.Length} [{i}]: {lane[i]} vs {dense[i]}");
        }
    }

    private static double D<T>(T value)
        where T : unmanaged, IFloatingPointIeee754<T> => double.CreateTruncating(value);

    private static void Check<T>(int inputs)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(inputs);
        int count = LaneKernels.BlockSize<T>();
        double u = typeof(T) == typeof(float) ? Math.Pow(2, -24) : Math.Pow(2, -53);
        foreach (int outputs in new[] { 1, 2, 3, 4, 5, 7, 8, 9, 12, 13, 15, 16, 17 })
        {
            T[] w = Draw<T>(random, outputs * inputs);
            T[] b = Draw<T>(random, outputs);
            T[] x = Draw<T>(random, inputs * count);
            var z = new T[outputs * count];
            LaneKernels.Affine<T>(w, b, x, z);
            for (int k = 0; k < outputs; k++)
            {
                for (int s = 0; s < count; s++)
                {
                    double exact = D(b[k]), magnitude = Math.Abs(D(b[k]));
                    for (int j = 0; j < inputs; j++)
                    {
                        double term = D(w[(k * inputs) + j]) * D(x[(j * count) + s]);
                        exact += term;
                        magnitude += Math.Abs(term);
                    }

                    double error = Math.Abs(D(z[(k * count) + s]) - exact);
                    double bound = (((inputs + 3) * u) + ((inputs + 1) * Math.Pow(2, -53))) * magnitude;
                    Assert.True(error <= bound, $"{typeof(T).Name} {outputs}x{inputs}: z[{k}] lane {s} error {error} > {bound}");
                }
            }
        }
    }

    private static T[] Draw<T>(Random random, int count)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Enumerable.Range(0, count).Select(_ => T.CreateTruncating((random.NextDouble() * 2) - 1)).ToArray();

    private static void Transpose<T>(int width)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int count = LaneKernels.BlockSize<T>();
        T[] rows = Enumerable.Range(0, count * width).Select(i => T.CreateTruncating(i)).ToArray();
        var lanes = new T[rows.Length];
        LaneKernels.ToLanes<T>(rows, width, lanes);
        for (int r = 0; r < count; r++)
        {
            for (int j = 0; j < width; j++)
            {
                Assert.Equal(rows[(r * width) + j], lanes[(j * count) + r]);
            }
        }

        var back = new T[rows.Length];
        LaneKernels.FromLanes<T>(lanes, width, back);
        Assert.Equal(rows, back);
    }

    private static void PartialTranspose<T>(int width)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int count = LaneKernels.BlockSize<T>();
        for (int filled = 0; filled < count; filled++)
        {
            T[] rows = Enumerable.Range(1, filled * width).Select(i => T.CreateTruncating(i)).ToArray();
            T[] lanes = Enumerable.Repeat(T.CreateTruncating(-7), count * width).ToArray();
            LaneKernels.ToLanes<T>(rows, width, lanes);
            for (int r = 0; r < count; r++)
            {
                for (int j = 0; j < width; j++)
                {
                    Assert.Equal(r < filled ? rows[(r * width) + j] : T.Zero, lanes[(j * count) + r]);
                }
            }

            T[] back = Enumerable.Repeat(T.CreateTruncating(-7), (filled * width) + 1).ToArray();
            LaneKernels.FromLanes<T>(lanes, width, back.AsSpan(0, filled * width));
            Assert.Equal(rows, back[..^1]);
            Assert.Equal(T.CreateTruncating(-7), back[^1]);
        }
    }
}
