namespace NetGen.Onnx;

/// <summary>
/// Names and the opset of the exported ONNX graph. The defaults suit most runtimes; change the names to match an existing
/// pipeline, and the opset when a tool needs a newer one.
/// </summary>
public sealed class OnnxExportOptions
{
    /// <summary>
    /// The oldest opset NetGen exports, and its default: 9 (ONNX 1.4, 2019), with IR version 4. Every operator of the
    /// export (Gemm, Sigmoid, Tanh, Relu, LeakyRelu, Softplus, Mul, Max) has the meaning NetGen relies on there: Gemm
    /// broadcasts its bias row since opset 7, Mul since 7, the rest are unchanged for float and double since 6 or
    /// earlier. Opsets 7 and 8 go with IR version 3, which requires every initialiser to be listed as a graph input too
    /// (the onnx checker refuses the model otherwise, and runtimes then treat the weights as overridable inputs), so 9 is
    /// the floor.
    /// </summary>
    public const int MinimumOpsetVersion = 9;

    /// <summary>The newest opset NetGen exports: 23 (ONNX 1.18, IR version 11), the newest that OnnxSharp's classes describe.</summary>
    public const int MaximumOpsetVersion = 23;

    /// <summary>The opset of the default domain written when <see cref="OpsetVersion"/> is not set: <see cref="MinimumOpsetVersion"/>.</summary>
    public const int DefaultOpsetVersion = MinimumOpsetVersion;

    /// <summary>The name of the graph input, a [batch, InputSize] tensor. Default "input".</summary>
    public string InputName { get; init; } = "input";

    /// <summary>The name of the graph output, a [batch, OutputSize] tensor. Default "output".</summary>
    public string OutputName { get; init; } = "output";

    /// <summary>The symbolic name of the dynamic first dimension of input and output. Default "batch".</summary>
    public string BatchDimensionName { get; init; } = "batch";

    /// <summary>The graph's name; null uses the network class's name.</summary>
    public string? GraphName { get; init; }

    /// <summary>
    /// The opset version of the default ONNX domain that the model declares, from <see cref="MinimumOpsetVersion"/> (9) to
    /// <see cref="MaximumOpsetVersion"/> (23); default 9. The model's IR version is the one ONNX released with that opset
    /// (9: 4, 10: 5, 11: 6, 12-14: 7, 15-18: 8, 19-20: 9, 21-22: 10, 23: 11). The graph is the same at every opset. Export
    /// refuses any other value with an <see cref="System.ArgumentException"/>.
    /// </summary>
    public int OpsetVersion { get; init; } = DefaultOpsetVersion;
}
