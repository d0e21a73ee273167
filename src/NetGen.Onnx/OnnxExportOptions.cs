namespace NetGen.Onnx;

/// <summary>Names in the exported ONNX graph. The defaults suit most runtimes; change them to match an existing pipeline.</summary>
public sealed class OnnxExportOptions
{
    /// <summary>The name of the graph input, a [batch, InputSize] tensor. Default "input".</summary>
    public string InputName { get; init; } = "input";

    /// <summary>The name of the graph output, a [batch, OutputSize] tensor. Default "output".</summary>
    public string OutputName { get; init; } = "output";

    /// <summary>The symbolic name of the dynamic first dimension of input and output. Default "batch".</summary>
    public string BatchDimensionName { get; init; } = "batch";

    /// <summary>The graph's name; null uses the network class's name.</summary>
    public string? GraphName { get; init; }
}
