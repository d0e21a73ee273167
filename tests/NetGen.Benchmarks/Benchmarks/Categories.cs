namespace NetGen.Benchmarks.Benchmarks;

/// <summary>The measured operations; in each, the hand-written MLP is the baseline of BenchmarkDotNet's Ratio column.</summary>
public static class Categories
{
    /// <summary>Forward pass of one sample: latency.</summary>
    public const string Forward = "Forward";

    /// <summary>Forward, backprop and SGD update of one sample. ONNX Runtime has no training here (inference package).</summary>
    public const string TrainStep = "TrainStep";

    /// <summary>Forward pass of 256 samples: throughput. NetGen and the hand-written MLP loop over single-sample Forward.</summary>
    public const string Batch = "Batch256";
}
