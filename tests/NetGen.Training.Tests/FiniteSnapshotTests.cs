using NetGen.Training;
using Xunit;

namespace NetGen.Training.Tests;

/// <summary>
/// Fit's restore point copies the parameters and checks them finite in one vector pass whose last vector overlaps the
/// one before it; a NaN or infinity anywhere, the overlap and the scalar-only short lengths included, must be seen.
/// </summary>
public class FiniteSnapshotTests
{
    public static TheoryData<int> Lengths()
    {
        var lengths = new TheoryData<int>();
        foreach (int n in new[] { 1, 2, 3, 7, 8, 9, 13, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100 })
        {
            lengths.Add(n);
        }

        return lengths;
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Finite_values_are_copied_exactly_and_accepted(int length)
    {
        float[] source = Values<float>(length);
        float[] destination = new float[length + 3];
        Array.Fill(destination, -7f);

        Assert.True(FiniteSnapshot.CopyIfFinite<float>(source, destination));
        Assert.Equal(source, destination[..length]);
        Assert.All(destination[length..], v => Assert.Equal(-7f, v));

        double[] doubles = Values<double>(length);
        double[] copy = new double[length];
        Assert.True(FiniteSnapshot.CopyIfFinite<double>(doubles, copy));
        Assert.Equal(doubles, copy);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_non_finite_value_at_any_position_is_reported(int length)
    {
        foreach (double bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            for (int at = 0; at < length; at++)
            {
                float[] single = Values<float>(length);
                single[at] = (float)bad;
                Assert.False(FiniteSnapshot.CopyIfFinite<float>(single, new float[length]), $"float {bad} at {at} of {length}");

                double[] dbl = Values<double>(length);
                dbl[at] = bad;
                Assert.False(FiniteSnapshot.CopyIfFinite<double>(dbl, new double[length]), $"double {bad} at {at} of {length}");
            }
        }
    }

    [Fact]
    public void Extreme_finite_values_are_finite()
    {
        float[] source = [float.MaxValue, float.MinValue, float.Epsilon, -float.Epsilon, 0f, -0f, 1e-40f, 3f, 4f, 5f, 6f, 7f, 8f];
        Assert.True(FiniteSnapshot.CopyIfFinite<float>(source, new float[source.Length]));
    }

    [Fact]
    public void A_short_destination_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => FiniteSnapshot.CopyIfFinite<float>(new float[9], new float[8]));
    }

    private static T[] Values<T>(int length)
        where T : System.Numerics.IFloatingPointIeee754<T>
    {
        var values = new T[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = T.CreateTruncating(((i * 37) % 19) - 9.5);
        }

        return values;
    }
}
