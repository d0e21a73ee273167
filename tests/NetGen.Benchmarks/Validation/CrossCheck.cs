using NetGen.Benchmarks.Baselines;
using NetGen.Benchmarks.Cases;

namespace NetGen.Benchmarks.Validation;

/// <summary>One check on one net: a measured quantity and the bound it must respect.</summary>
/// <param name="Net">The net's name.</param>
/// <param name="Check">What was measured, e.g. "forward: NetGen vs hand-written".</param>
/// <param name="Value">For a comparison, max |a - b| over every output (or parameter) of every sample.</param>
/// <param name="Bound">The largest (or, when <paramref name="IsLowerBound"/>, the smallest) value that passes.</param>
/// <param name="IsLowerBound">True when the value must reach the bound rather than stay under it.</param>
public sealed record CheckResult(string Net, string Check, double Value, double Bound, bool IsLowerBound = false)
{
    public bool Passed => IsLowerBound ? Value >= Bound : Value <= Bound;

    public override string ToString() =>
        $"{(Passed ? "ok  " : "FAIL")} {Net,-16} {Check,-50} {Value,10:E2} ({(IsLowerBound ? ">=" : "<=")} {Bound:E0})";
}

/// <summary>
/// Checks that NetGen, the hand-written MLP and ONNX Runtime compute the same thing from the same weights, before
/// anything is timed: forward outputs on all 256 samples, and 256 SGD steps (losses and final parameters).
/// </summary>
public static class CrossCheck
{
    /// <summary>The issue's bound for "the same outputs".</summary>
    public const double Tolerance = 1e-4;

    /// <summary>Every check on every net of the catalog.</summary>
    public static IReadOnlyList<CheckResult> RunAll() => NetCatalog.All.SelectMany(Run).ToList();

    /// <summary>Every check on one net; the NetGen ones only where the generator accepts it in this build.</summary>
    public static IEnumerable<CheckResult> Run(NetCase net)
    {
        float[] handWritten = ForwardAll(new HandWrittenMlp(net.Topology, net.Parameters), net);
        float[] onnxSingle = OnnxSingle(net);
        float[] onnxBatch = OnnxBatch(net);

        // A check of three copies of a constant would pass; outputs that differ from sample to sample rule that out.
        yield return new CheckResult(net.Name, "forward: outputs vary across samples (max - min)", Spread(handWritten), 1e-3, IsLowerBound: true);
        yield return Compare(net, "forward: ONNX Runtime batch 1 vs hand-written", onnxSingle, handWritten);
        yield return Compare(net, "forward: ONNX Runtime batch 256 vs hand-written", onnxBatch, handWritten);
        if (net.CreateNetGen is null)
        {
            yield break;
        }

        INetwork<float> netGen = net.CreateNetGen();
        net.Parameters.CopyTo(netGen.Parameters);
        float[] generated = ForwardAll(netGen, net);
        yield return Compare(net, "forward: NetGen vs hand-written", generated, handWritten);
        yield return Compare(net, "forward: NetGen vs ONNX Runtime batch 1", generated, onnxSingle);

        foreach (CheckResult result in CompareTraining(net, netGen))
        {
            yield return result;
        }
    }

    private static IEnumerable<CheckResult> CompareTraining(NetCase net, INetwork<float> netGen)
    {
        var handWritten = new HandWrittenMlp(net.Topology, net.Parameters);
        var netGenLosses = new float[NetCase.SampleCount];
        var handWrittenLosses = new float[NetCase.SampleCount];
        for (int i = 0; i < NetCase.SampleCount; i++)
        {
            netGenLosses[i] = netGen.TrainStep(net.Input(i), net.Target(i), net.LearningRate);
            handWrittenLosses[i] = net.Topology.Loss == Loss.SoftmaxCrossEntropy
                ? handWritten.TrainStep(net.Input(i), net.Label(i), net.LearningRate)
                : handWritten.TrainStep(net.Input(i), net.Target(i), net.LearningRate);
        }

        var trained = new float[net.Topology.ParameterCount];
        handWritten.CopyParametersTo(trained);
        yield return Compare(net, "train: 256 SGD losses, NetGen vs hand-written", netGenLosses, handWrittenLosses);
        yield return Compare(net, "train: parameters after 256 steps", netGen.Parameters.ToArray(), trained);
        // A TrainStep that did nothing would pass the comparison above; the weights must have moved.
        yield return new CheckResult(net.Name, "train: the steps moved the weights (max |change|)", MaxAbsDiff(trained, net.Parameters), 1e-4, IsLowerBound: true);
    }

    private static float[] ForwardAll(HandWrittenMlp mlp, NetCase net)
    {
        var outputs = new float[NetCase.SampleCount * net.OutputSize];
        for (int i = 0; i < NetCase.SampleCount; i++)
        {
            mlp.Forward(net.Input(i), outputs.AsSpan(i * net.OutputSize, net.OutputSize));
        }

        return outputs;
    }

    private static float[] ForwardAll(INetwork<float> network, NetCase net)
    {
        var outputs = new float[NetCase.SampleCount * net.OutputSize];
        for (int i = 0; i < NetCase.SampleCount; i++)
        {
            network.Forward(net.Input(i), outputs.AsSpan(i * net.OutputSize, net.OutputSize));
        }

        return outputs;
    }

    private static float[] OnnxSingle(NetCase net)
    {
        using var onnx = new OnnxRunner(net.Topology, net.Parameters, batchSize: 1);
        var outputs = new float[NetCase.SampleCount * net.OutputSize];
        for (int i = 0; i < NetCase.SampleCount; i++)
        {
            net.Input(i).CopyTo(onnx.Input);
            onnx.Run();
            onnx.Output.CopyTo(outputs.AsSpan(i * net.OutputSize, net.OutputSize));
        }

        return outputs;
    }

    private static float[] OnnxBatch(NetCase net)
    {
        using var onnx = new OnnxRunner(net.Topology, net.Parameters, batchSize: NetCase.SampleCount);
        net.Inputs.CopyTo(onnx.Input);
        onnx.Run();
        return onnx.Output.ToArray();
    }

    private static CheckResult Compare(NetCase net, string check, ReadOnlySpan<float> actual, ReadOnlySpan<float> expected) =>
        new(net.Name, check, MaxAbsDiff(actual, expected), Tolerance);

    private static double MaxAbsDiff(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            return double.PositiveInfinity;
        }

        double max = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double diff = Math.Abs((double)a[i] - b[i]);
            max = double.IsNaN(diff) ? double.PositiveInfinity : Math.Max(max, diff); // a NaN anywhere fails
        }

        return max;
    }

    private static double Spread(ReadOnlySpan<float> values)
    {
        float min = float.PositiveInfinity;
        float max = float.NegativeInfinity;
        foreach (float value in values)
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        return max - min;
    }
}
