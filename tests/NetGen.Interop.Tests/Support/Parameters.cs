namespace NetGen.Interop.Tests.Support;

/// <summary>Fills networks with reproducible random parameters and compares them bit for bit.</summary>
public static class Parameters
{
    /// <summary>Uniform values in [-scale, scale), biases included, so that no parameter is a telltale 0.</summary>
    public static void Randomize(INetwork<float> network, int seed, double scale = 1.0)
    {
        var random = new Random(seed);
        Span<float> parameters = network.Parameters;
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i] = (float)(scale * ((2 * random.NextDouble()) - 1));
        }
    }

    /// <summary>Uniform values in [-scale, scale), biases included.</summary>
    public static void Randomize(INetwork<double> network, int seed, double scale = 1.0)
    {
        var random = new Random(seed);
        Span<double> parameters = network.Parameters;
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i] = scale * ((2 * random.NextDouble()) - 1);
        }
    }

    public static int[] Bits(ReadOnlySpan<float> values) => values.ToArray().Select(BitConverter.SingleToInt32Bits).ToArray();

    public static long[] Bits(ReadOnlySpan<double> values) => values.ToArray().Select(BitConverter.DoubleToInt64Bits).ToArray();

    /// <summary>Asserts that <paramref name="actual"/> holds exactly the bits of <paramref name="expected"/> (NaN payloads and -0 too).</summary>
    public static void AssertBitwiseEqual(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual) =>
        Assert.Equal(Bits(expected), Bits(actual));

    /// <summary>Asserts that <paramref name="actual"/> holds exactly the bits of <paramref name="expected"/>.</summary>
    public static void AssertBitwiseEqual(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual) =>
        Assert.Equal(Bits(expected), Bits(actual));
}
