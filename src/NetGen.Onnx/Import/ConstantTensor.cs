using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Linq;
using Onnx;

namespace NetGen.Onnx.Import;

/// <summary>The values of an initialiser or Constant, widened to double (exact for float), with its shape.</summary>
internal sealed class ConstantTensor
{
    private ConstantTensor(string name, long[] dims, double[] values, int elementType)
    {
        Name = name;
        Dims = dims;
        Values = values;
        ElementType = elementType;
    }

    public string Name { get; }

    public long[] Dims { get; }

    public double[] Values { get; }

    /// <summary><see cref="OnnxConventions.Float"/> or <see cref="OnnxConventions.Double"/>.</summary>
    public int ElementType { get; }

    /// <summary>"[6 x 4]", "[6]" or "[]" for messages.</summary>
    public string ShapeText => FormatShape(Dims);

    public static string FormatShape(long[] dims) =>
        "[" + string.Join(" x ", dims.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]";

    /// <summary>Decodes a float or double tensor stored inline, as raw_data or as float_data / double_data.</summary>
    public static ConstantTensor Read(TensorProto tensor, string name)
    {
        if (tensor.DataLocation == TensorProto.Types.DataLocation.External)
        {
            throw new OnnxImportException(
                OnnxImportError.InvalidModel,
                $"Tensor '{name}' keeps its values in an external file; save the model with its weights inside the .onnx file.",
                nodeName: name);
        }

        int elementType = tensor.DataType;
        if (elementType is not (OnnxConventions.Float or OnnxConventions.Double))
        {
            throw new OnnxImportException(
                OnnxImportError.ElementTypeMismatch,
                $"Tensor '{name}' holds {OnnxConventions.ElementTypeName(elementType)} values; NetGen imports float and double weights.",
                nodeName: name);
        }

        long[] dims = tensor.Dims.ToArray();
        long count = 1;
        foreach (long dim in dims)
        {
            if (dim < 0 || (dim > 0 && count > int.MaxValue / dim))
            {
                throw new OnnxImportException(OnnxImportError.InvalidModel, $"Tensor '{name}' has the impossible shape {FormatShape(dims)}.", nodeName: name);
            }

            count *= dim;
        }

        var values = new double[count];
        int elementSize = elementType == OnnxConventions.Double ? sizeof(double) : sizeof(float);
        if (!tensor.RawData.IsEmpty)
        {
            ReadOnlySpan<byte> raw = tensor.RawData.Span;
            if (raw.Length != count * elementSize)
            {
                throw WrongCount(name, dims, count, raw.Length / elementSize);
            }

            for (int i = 0; i < values.Length; i++)
            {
                values[i] = elementSize == sizeof(double)
                    ? BinaryPrimitives.ReadDoubleLittleEndian(raw.Slice(i * elementSize))
                    : BinaryPrimitives.ReadSingleLittleEndian(raw.Slice(i * elementSize));
            }
        }
        else if (elementType == OnnxConventions.Double)
        {
            if (tensor.DoubleData.Count != count)
            {
                throw WrongCount(name, dims, count, tensor.DoubleData.Count);
            }

            tensor.DoubleData.CopyTo(values, 0);
        }
        else
        {
            if (tensor.FloatData.Count != count)
            {
                throw WrongCount(name, dims, count, tensor.FloatData.Count);
            }

            for (int i = 0; i < values.Length; i++)
            {
                values[i] = tensor.FloatData[i];
            }
        }

        return new ConstantTensor(name, dims, values, elementType);
    }

    private static OnnxImportException WrongCount(string name, long[] dims, long expected, long found) => new(
        OnnxImportError.InvalidModel,
        string.Create(CultureInfo.InvariantCulture, $"Tensor '{name}' has shape {FormatShape(dims)}, which needs {expected} values, but it stores {found}."),
        nodeName: name);
}
