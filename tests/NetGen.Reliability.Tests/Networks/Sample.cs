using System.Numerics;

namespace NetGen.Reliability.Tests.Networks;

/// <summary>Random parameters, an input and a target for a topology, drawn in double.</summary>
public sealed record Sample(double[] Parameters, double[] Input, double[] Target)
{
    /// <summary>
    /// Weights ~ Gaussian(0, 1 / fan-in), so that z stays of order 1 through every layer whatever the widths; biases
    /// ~ Gaussian(0, 0.1^2); inputs uniform in [-1.5, 1.5); a target in the loss's domain.
    /// </summary>
    public static Sample Draw(Topology topology, Random random)
    {
        var parameters = new double[topology.ParameterCount];
        int offset = 0;
        for (int l = 0; l < topology.Layers.Count; l++)
        {
            int inputs = topology.InputsOf(l);
            int units = topology.Layers[l].Units;
            double sigma = 1 / Math.Sqrt(inputs);
            for (int i = 0; i < inputs * units; i++)
            {
                parameters[offset++] = sigma * Gaussian(random);
            }

            for (int k = 0; k < units; k++)
            {
                parameters[offset++] = 0.1 * Gaussian(random);
            }
        }

        double[] input = Enumerable.Range(0, topology.InputSize).Select(_ => (random.NextDouble() * 3) - 1.5).ToArray();
        return new Sample(parameters, input, DrawTarget(topology, random));
    }

    public static double[] DrawTarget(Topology topology, Random random) => topology.Loss switch
    {
        Loss.Hinge or Loss.Logistic => [random.Next(2) == 0 ? -1 : 1],
        Loss.SoftmaxCrossEntropy => [random.Next(topology.OutputSize)],
        _ => Enumerable.Range(0, topology.OutputSize).Select(_ => (random.NextDouble() * 2) - 1).ToArray(),
    };

    /// <summary>A sample at least <paramref name="margin"/> away from every ReLU and hinge kink.</summary>
    public static Sample DrawAwayFromKinks(Topology topology, Random random, double margin)
    {
        for (int attempt = 0; attempt < 10_000; attempt++)
        {
            Sample sample = Draw(topology, random);
            if (ReferenceMlp.DistanceToKink(topology, sample.Parameters, sample.Input, sample.Target) >= margin)
            {
                return sample;
            }
        }

        throw new InvalidOperationException($"{topology}: no sample {margin} away from every kink in 10,000 draws");
    }

    /// <summary>The same sample rounded to T, and back to double, so a reference in double sees exactly what T holds.</summary>
    public Sample RoundedTo<T>()
        where T : unmanaged, IFloatingPointIeee754<T> =>
        new(Round<T>(Parameters), Round<T>(Input), Round<T>(Target));

    public static T[] Convert<T>(double[] values)
        where T : unmanaged, IFloatingPointIeee754<T> => values.Select(T.CreateTruncating).ToArray();

    public static double[] ToDouble<T>(ReadOnlySpan<T> values)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var result = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = double.CreateTruncating(values[i]);
        }

        return result;
    }

    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static double[] Round<T>(double[] values)
        where T : unmanaged, IFloatingPointIeee754<T> => ToDouble<T>(Convert<T>(values));
}

public static class Tolerance
{
    /// <summary>|a - b| / max(|a|, |b|, floor): relative for normal values, absolute below the floor.</summary>
    public static double RelativeError(double a, double b, double floor) =>
        a == b ? 0 : Math.Abs(a - b) / Math.Max(Math.Max(Math.Abs(a), Math.Abs(b)), floor);

    /// <summary>The largest <see cref="RelativeError"/> over two vectors, and where it is.</summary>
    public static (double Error, int Index) Max(IReadOnlyList<double> a, IReadOnlyList<double> b, double floor)
    {
        Assert.Equal(a.Count, b.Count);
        (double error, int index) = (0, 0);
        for (int i = 0; i < a.Count; i++)
        {
            double e = RelativeError(a[i], b[i], floor);
            if (!(e <= error))
            {
                (error, index) = (e, i); // NaN counts as the worst
            }
        }

        return (error, index);
    }
}
