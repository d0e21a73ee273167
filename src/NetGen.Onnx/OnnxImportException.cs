using System;

namespace NetGen.Onnx;

/// <summary>Why an ONNX model could not be imported; see <see cref="OnnxImportException.Reason"/>.</summary>
public enum OnnxImportError
{
    /// <summary>The data is not a readable ONNX model, or the model is incomplete (no graph, tensor data missing or external).</summary>
    InvalidModel = 0,

    /// <summary>The graph uses an operator, attribute or structure outside the dense chains NetGen imports.</summary>
    UnsupportedOperator = 1,

    /// <summary>The model has more or fewer dense layers than the network.</summary>
    LayerCountMismatch = 2,

    /// <summary>A weight, bias, input or output has a shape that does not fit the network's layer.</summary>
    ShapeMismatch = 3,

    /// <summary>A layer of the model applies another activation than the network's layer.</summary>
    ActivationMismatch = 4,

    /// <summary>The model's tensors are double and the network is float, or of a type NetGen has no counterpart for.</summary>
    ElementTypeMismatch = 5,
}

/// <summary>
/// Thrown when an ONNX model does not fit the network it is imported into. Import checks the whole graph before it
/// writes a single parameter, so when this is thrown the network still holds its previous parameters.
/// </summary>
public sealed class OnnxImportException : Exception
{
    /// <summary>Creates an exception for <paramref name="reason"/>.</summary>
    /// <param name="reason">What does not fit.</param>
    /// <param name="message">A sentence that says where the model differs from the network: layer, node and values.</param>
    /// <param name="layer">The 1-based layer of the network where the difference is, if there is one.</param>
    /// <param name="nodeName">The ONNX node or tensor where the difference is, if there is one.</param>
    public OnnxImportException(OnnxImportError reason, string message, int? layer = null, string? nodeName = null)
        : base(message)
    {
        Reason = reason;
        Layer = layer;
        NodeName = nodeName;
    }

    /// <summary>Creates an exception for <paramref name="reason"/> caused by <paramref name="innerException"/>.</summary>
    /// <param name="reason">What does not fit.</param>
    /// <param name="message">A sentence that names the problem.</param>
    /// <param name="innerException">The error that revealed it.</param>
    public OnnxImportException(OnnxImportError reason, string message, Exception innerException)
        : base(message, innerException) => Reason = reason;

    /// <summary>What does not fit.</summary>
    public OnnxImportError Reason { get; }

    /// <summary>The 1-based layer of the network where the model differs, or null when the problem is not in one layer.</summary>
    public int? Layer { get; }

    /// <summary>The ONNX node (or, for initialisers, tensor) where the model differs, or null.</summary>
    public string? NodeName { get; }
}
