using System;

namespace NetGen.Onnx;

/// <summary>The ONNX versions, element types and operator names NetGen writes and recognises.</summary>
internal static class OnnxConventions
{
    /// <summary>
    /// The IR version that ONNX released with each opset NetGen exports (ONNX's own table: opset 9 came with IR 4 in ONNX
    /// 1.4, opset 13 with IR 7 in 1.8, opset 17 with IR 8 in 1.12, opset 23 with IR 11 in 1.18). A tool reads a model
    /// only if it knows both, so the pair is the oldest that declares the opset.
    /// </summary>
    public static long IrVersionOf(int opset) => opset switch
    {
        9 => 4,
        10 => 5,
        11 => 6,
        12 or 13 or 14 => 7,
        15 or 16 or 17 or 18 => 8,
        19 or 20 => 9,
        21 or 22 => 10,
        23 => 11,
        _ => throw new ArgumentOutOfRangeException(nameof(opset), opset, "NetGen exports opsets 9 to 23."),
    };

    /// <summary>TensorProto.DataType FLOAT.</summary>
    public const int Float = 1;

    /// <summary>TensorProto.DataType DOUBLE.</summary>
    public const int Double = 11;

    /// <summary>NetGen's leaky ReLU slope as ONNX LeakyRelu's float attribute alpha, also its default.</summary>
    public const float LeakyReluAlpha = 0.01f;

    /// <summary>NetGen's leaky ReLU slope in double, as the double networks' generated code multiplies by it.</summary>
    public const double LeakyReluSlope = 0.01;

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
    public const string Max = "Max";

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
