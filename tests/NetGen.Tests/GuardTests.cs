using NetGen.Runtime;

namespace NetGen.Tests;

/// <summary>
/// Guard.Finite checks whole vectors at a time and looks for the culprit only when one is not finite: every length up
/// to a few vectors, every position, each kind of non-finite value, and the extremes of the finite ones.
/// </summary>
public class GuardTests
{
    public static TheoryData<int> Lengths()
    {
        var data = new TheoryData<int>();
        foreach (int n in new[] { 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 23, 24, 25, 31, 32, 33, 63, 64, 65, 70 })
        {
            data.Add(n);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Finite_accepts_every_finite_value_including_the_extremes(int length)
    {
        float[] singles = [.. Enumerable.Range(0, length).Select(i => (i % 6) switch
        {
            0 => float.MaxValue,
            1 => -float.MaxValue,
            2 => float.Epsilon,
            3 => -0f,
            4 => 1e-40f,
            _ => i,
        })];
        double[] doubles = [.. Enumerable.Range(0, length).Select(i => (i % 6) switch
        {
            0 => double.MaxValue,
            1 => -double.MaxValue,
            2 => double.Epsilon,
            3 => -0d,
            4 => 1e-310,
            _ => i,
        })];
        Guard.Finite(singles, "input");
        Guard.Finite(doubles, "input");
        Guard.Finite(ReadOnlySpan<float>.Empty, "input");
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Finite_names_the_element_that_is_not_finite_at_every_position(int length)
    {
        foreach (double bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            for (int position = 0; position < length; position++)
            {
                float[] singles = [.. Enumerable.Range(0, length).Select(i => i == position ? (float)bad : float.MaxValue)];
                double[] doubles = [.. Enumerable.Range(0, length).Select(i => i == position ? bad : double.MaxValue)];
                var single = Assert.Throws<ArgumentException>(() => Guard.Finite(singles, "input"));
                var twin = Assert.Throws<ArgumentException>(() => Guard.Finite(doubles, "input"));
                Assert.Equal("input", single.ParamName);
                Assert.Contains($"element {position} is", single.Message);
                Assert.Contains($"element {position} is", twin.Message);
            }
        }
    }
}
