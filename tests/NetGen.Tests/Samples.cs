using System.Numerics;
using NetGen.Tests.Networks;

namespace NetGen.Tests;

/// <summary>Random parameters, inputs and targets for a test network, drawn in double and converted to T.</summary>
public sealed record Sample(double[] Parameters, double[] Input, double[] Target)
{
    public static Sample Draw(NetworkCase net, Random random, double parameterScale = 0.6)
    {
        double[] parameters = Enumerable.Range(0, net.ParameterCount).Select(_ => parameterScale * Gaussian(random)).ToArray();
        double[] input = Enumerable.Range(0, net.InputSize).Select(_ => (random.NextDouble() * 3) - 1.5).ToArray();
        double[] target = net.Loss switch
        {
            Loss.Hinge or Loss.Logistic => [random.Next(2) == 0 ? -1 : 1],
            Loss.SoftmaxCrossEntropy => [random.Next(net.OutputSize)],
            _ => Enumerable.Range(0, net.OutputSize).Select(_ => (random.NextDouble() * 2) - 1).ToArray(),
        };
        return new Sample(parameters, input, target);
    }

    /// <summary>A sample at least <paramref name="margin"/> away from every kink of ReLU and hinge.</summary>
    public static Sample DrawAwayFromKinks(NetworkCase net, Random random, double margin = 1e-3)
    {
        while (true)
        {
            Sample sample = Draw(net, random);
            if (Reference.DistanceToKink(net, sample.Parameters, sample.Input, sample.Target) > margin)
            {
                return sample;
            }
        }
    }

    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    public static T[] Convert<T>(double[] values)
        where T : unmanaged, IFloatingPointIeee754<T> => values.Select(T.CreateChecked).ToArray();

    public static double[] ToDouble<T>(ReadOnlySpan<T> values)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var result = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = double.CreateChecked(values[i]);
        }

        return result;
    }
}

public static class Tolerance
{
    /// <summary>|a - b| / max(|a|, |b|, floor): relative for normal values, absolute below the floor, where finite differences are noise.</summary>
    public static double RelativeError(double a, double b, double floor = 1e-4) =>
        Math.Abs(a - b) / Math.Max(Math.Max(Math.Abs(a), Math.Abs(b)), floor);

    public static double MaxRelativeError(IReadOnlyList<double> a, IReadOnlyList<double> b, double floor = 1e-4)
    {
        Assert.Equal(a.Count, b.Count);
        double max = 0;
        for (int i = 0; i < a.Count; i++)
        {
            max = Math.Max(max, RelativeError(a[i], b[i], floor));
        }

        return max;
    }
}
