using System;

namespace NetGen.Onnx;

/// <summary>The ONNX versions, element types and operator names NetGen writes and recognises.</summary>
internal static class OnnxConventions
{
    /// <summary>
    /// Opset 23 (ONNX 1.18) with its IR version 11, the newest pair OnnxSharp's protobuf classes describe. Every operator
    /// NetGen uses (Gemm, Sigmoid, Tanh, Relu, LeakyRelu, Softplus, Mul) has the same meaning in every opset since 13.
    /// </summary>
    public const long OpsetVersion = 23;

    /// <summary>The IR version that goes with <see cref="OpsetVersion"/>.</summary>
    public const long IrVersion = 11;

    /// <summary>TensorProto.DataType FLOAT.</summary>
    public const int Float = 1;

    /// <summary>TensorProto.DataType DOUBLE.</summary>
    public const int Double = 11;

    /// <summary>NetGen's leaky ReLU slope, and the default alpha of ONNX LeakyRelu.</summary>
    public const float LeakyReluAlpha = 0.01f;

    public const string Gemm = "Gemm";
    public const string MatMul = "MatMul";
    public const string Add = "Add";
    public const string Mul = "Mul";
    public const string Identity = "Identity";
    public const string Constant = "Constant";
    public const string Sigmoid = "Sigmoid";
    public const string Tanh = "Tanh";
    public const string Relu = "Relu";
    public const string LeakyRelu = "LeakyRelu";
    public const string Softplus = "Softplus";

    /// <summary>The ONNX element type of <typeparamref name="T"/>.</summary>
    public static int ElementTypeOf<T>()
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            return Float;
        }

        if (typeof(T) == typeof(double))
        {
            return Double;
        }

        throw new NotSupportedException($"NetGen networks have float or double parameters, not {typeof(T).Name}.");
    }

    /// <summary>"float" or "double" for the two element types NetGen knows, else the ONNX DataType number.</summary>
    public static string ElementTypeName(int elementType) => elementType switch
    {
        Float => "float",
        Double => "double",
        _ => $"ONNX element type {elementType}",
    };

    /// <summary>The single ONNX operator of an activation, or null for Identity (no node) and SiLU (Sigmoid then Mul).</summary>
    public static string? SingleOperator(Activation activation) => activation switch
    {
        Activation.Sigmoid => Sigmoid,
        Activation.Tanh => Tanh,
        Activation.ReLU => Relu,
        Activation.LeakyReLU => LeakyRelu,
        Activation.Softplus => Softplus,
        _ => null,
    };
}
