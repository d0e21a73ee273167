using System.Globalization;
using System.Numerics;
using CsCheck;
using NetGen.Reliability.Tests.Networks;

namespace NetGen.Reliability.Tests.Runtime;

public enum Call
{
    Forward,
    ForwardBatch,
    ComputeLoss,
    AccumulateGradient,
    TrainStep,
}

/// <summary>
/// One call of an <see cref="INetwork{T}"/> method with one bad argument, and what docs/reliability.md says must happen:
/// the exception type and the name of the argument it blames, or (for inference on non-finite values) no exception.
/// </summary>
public sealed record HostileCall(
    string Fault,
    Call Call,
    double[] Input,
    int OutputLength,
    double[] Target,
    int GradientLength,
    double LearningRate,
    Type? Expected,
    string? ParamName)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Fault}: {Call}(input[{Input.Length}] = [{string.Join(", ", Input.Take(6))}{(Input.Length > 6 ? ", ..." : string.Empty)}], output[{OutputLength}], target [{string.Join(", ", Target)}], gradient[{GradientLength}], eta {LearningRate}) must {(Expected is null ? "not throw" : $"throw {Expected.Name} for '{ParamName}'")}");

    /// <summary>Makes the call on <paramref name="network"/>, converting the values to its element type.</summary>
    public void Invoke<T>(INetwork<T> network)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T[] input = Sample.Convert<T>(Input);
        T[] target = Sample.Convert<T>(Target);
        switch (Call)
        {
            case Call.Forward:
                network.Forward(input, new T[OutputLength]);
                break;
            case Call.ForwardBatch:
                network.ForwardBatch(input, new T[OutputLength]);
                break;
            case Call.ComputeLoss:
                network.ComputeLoss(input, target);
                break;
            case Call.AccumulateGradient:
                network.AccumulateGradient(input, target, new T[GradientLength]);
                break;
            default:
                network.TrainStep(input, target, T.CreateTruncating(LearningRate));
                break;
        }
    }

    /// <summary>This call with the bad argument of <paramref name="other"/> as well: two faults in one call.</summary>
    public HostileCall Plus(HostileCall other) => (other.ParamName switch
    {
        "input" => this with { Input = other.Input },
        "target" or "label" => this with { Target = other.Target },
        "learningRate" => this with { LearningRate = other.LearningRate },
        _ => throw new ArgumentException($"cannot add '{other.ParamName}' to a {Call} call", nameof(other)),
    }) with
    {
        Fault = Fault + " and " + other.Fault,
        Expected = typeof(ArgumentException),
        ParamName = null,
    };

    private static readonly double[] s_nonFinite = [double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    /// <summary>A call on a network of <paramref name="topology"/> with exactly one thing wrong, drawn at random.</summary>
    public static Gen<HostileCall> For(Topology topology)
    {
        Gen<double[]> input = Gen.Double[-1.5, 1.5].Array[topology.InputSize];
        Gen<double[]> target = Gen.Int[0, int.MaxValue].Select(seed => Sample.DrawTarget(topology, new Random(seed)));
        var faults = new List<Gen<HostileCall>>
        {
            // A span of the wrong length, for each method and each span it takes.
            from call in Gen.Enum<Call>().Where(c => c != Call.ForwardBatch || topology.InputSize > 1) // any length is whole rows of 1
            from length in Gen.Int[0, (2 * topology.InputSize) + 2].Where(n => n != topology.InputSize && (call != Call.ForwardBatch || n % topology.InputSize != 0))
            from x in Gen.Double[-1.5, 1.5].Array[length]
            from y in target
            select new HostileCall("input of the wrong length", call, x, call == Call.ForwardBatch ? 0 : topology.OutputSize, y, topology.ParameterCount, 0.01, typeof(ArgumentException), call == Call.ForwardBatch ? "inputs" : "input"),
            from length in Gen.Int[0, (2 * topology.OutputSize) + 2].Where(n => n != topology.OutputSize)
            from x in input
            select new HostileCall("output of the wrong length", Call.Forward, x, length, [], 0, 0, typeof(ArgumentException), "output"),
            from rows in Gen.Int[0, 9]
            from extra in Gen.Int[1, 5]
            from x in Gen.Double[-1.5, 1.5].Array[rows * topology.InputSize]
            select new HostileCall("outputs not of the batch's rows", Call.ForwardBatch, x, (rows * topology.OutputSize) + extra, [], 0, 0, typeof(ArgumentException), "outputs"),
            from length in Gen.Int[0, topology.ParameterCount + 3].Where(n => n != topology.ParameterCount)
            from x in input
            from y in target
            select new HostileCall("gradient of the wrong length", Call.AccumulateGradient, x, 0, y, length, 0, typeof(ArgumentException), "gradient"),
            from call in Gen.OneOf(Call.ComputeLoss, Call.AccumulateGradient, Call.TrainStep)
            from length in Gen.Int[0, topology.TargetSize + 3].Where(n => n != topology.TargetSize)
            from x in input
            from y in Gen.Int[-1, 1].Select(v => (double)(v == 0 ? 1 : v)).Array[length]
            select new HostileCall("target of the wrong length", call, x, 0, y, topology.ParameterCount, 0.01, typeof(ArgumentException), "target"),
            from eta in Gen.OneOf(0.0, -0.0, -0.1, -1e30, double.NaN, double.PositiveInfinity, double.NegativeInfinity)
            from x in input
            from y in target
            select new HostileCall("learning rate not positive and finite", Call.TrainStep, x, 0, y, 0, eta, typeof(ArgumentOutOfRangeException), "learningRate"),
            from call in Gen.OneOf(Call.AccumulateGradient, Call.TrainStep)
            from at in Gen.Int[0, topology.InputSize - 1]
            from bad in Gen.OneOf(s_nonFinite)
            from x in input
            from y in target
            select new HostileCall("non-finite input in training", call, With(x, at, bad), 0, y, topology.ParameterCount, 0.01, typeof(ArgumentException), "input"),
            from call in Gen.OneOf(Call.Forward, Call.ComputeLoss)
            from at in Gen.Int[0, topology.InputSize - 1]
            from bad in Gen.OneOf(s_nonFinite)
            from x in input
            from y in target
            select new HostileCall("non-finite input in inference (not validated)", call, With(x, at, bad), topology.OutputSize, y, 0, 0, null, null),
        };

        switch (topology.Loss)
        {
            case Loss.Hinge or Loss.Logistic:
                faults.Add(
                    from call in Gen.OneOf(Call.ComputeLoss, Call.AccumulateGradient, Call.TrainStep)
                    from label in Gen.OneOf(0.0, -0.0, 2.0, -2.0, 0.5, -0.5, 1.5, -1.25, 3.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity)
                    from x in input
                    select new HostileCall("label not +1 or -1", call, x, 0, [label], topology.ParameterCount, 0.01, typeof(ArgumentOutOfRangeException), "label"));
                break;
            case Loss.SoftmaxCrossEntropy:
                faults.Add(
                    from call in Gen.OneOf(Call.ComputeLoss, Call.AccumulateGradient, Call.TrainStep)
                    from label in Gen.OneOf(-1.0, -0.5, 0.5, 1.25, topology.OutputSize, topology.OutputSize + 3, topology.OutputSize - 0.5, 1e9, double.NaN, double.PositiveInfinity, double.NegativeInfinity)
                    from x in input
                    select new HostileCall("class index not in [0, outputs)", call, x, 0, [label], topology.ParameterCount, 0.01, typeof(ArgumentOutOfRangeException), "target"));
                break;
            default:
                faults.Add(
                    from call in Gen.OneOf(Call.AccumulateGradient, Call.TrainStep)
                    from at in Gen.Int[0, topology.OutputSize - 1]
                    from bad in Gen.OneOf(s_nonFinite)
                    from x in input
                    from y in target
                    select new HostileCall("non-finite target in training", call, x, 0, With(y, at, bad), topology.ParameterCount, 0.01, typeof(ArgumentException), "target"));
                break;
        }

        return Gen.OneOf(faults.ToArray());
    }

    private static double[] With(double[] values, int index, double value)
    {
        double[] copy = (double[])values.Clone();
        copy[index] = value;
        return copy;
    }
}
