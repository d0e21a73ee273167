using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using Google.Protobuf;
using Onnx;

namespace NetGen.Onnx.Export;

/// <summary>
/// Turns a network into a ModelProto. Layer l (1-based, as in the lecture) becomes
/// <c>layer{l}.z = Gemm(h, layer{l}.weight, layer{l}.bias, transB = 1)</c> and then its activation; the last tensor is
/// renamed to the graph output.
/// </summary>
internal static class OnnxModelWriter
{
    public static ModelProto Write<T>(INetwork<T> network, OnnxExportOptions options)
        where T : unmanaged
    {
        int elementType = OnnxConventions.ElementTypeOf<T>();
        NetworkTopology topology = network.Topology;
        string graphName = options.GraphName ?? network.GetType().Name;
        CheckOptions(options, topology.Layers.Count);

        var graph = new GraphProto
        {
            Name = graphName,
            DocString = $"NetGen network {graphName}: {topology}.",
        };
        graph.Input.Add(BatchTensor(options.InputName, elementType, options.BatchDimensionName, topology.InputSize));

        ReadOnlySpan<T> parameters = network.Parameters;
        string h = options.InputName;
        for (int i = 0; i < topology.Layers.Count; i++)
        {
            LayerTopology layer = topology.Layers[i];
            bool last = i == topology.Layers.Count - 1;
            string prefix = LayerPrefix(i + 1);
            string weight = prefix + ".weight";
            string bias = prefix + ".bias";
            graph.Initializer.Add(Tensor(weight, elementType, parameters.Slice(layer.WeightOffset, layer.Inputs * layer.Units), layer.Units, layer.Inputs));
            graph.Initializer.Add(Tensor(bias, elementType, parameters.Slice(layer.BiasOffset, layer.Units), layer.Units));

            // z(l+1) = W(l) h(l) + b(l) for every row h of the batch: Gemm(A = h, B = W, C = b) with B transposed.
            string z = last && layer.Activation == Activation.Identity ? options.OutputName : prefix + ".z";
            NodeProto gemm = Node(OnnxConventions.Gemm, prefix + ".gemm", [h, weight, bias], z);
            gemm.Attribute.Add(new AttributeProto { Name = "transB", Type = AttributeProto.Types.AttributeType.Int, I = 1 });
            graph.Node.Add(gemm);

            string activated = last ? options.OutputName : prefix + ".h";
            h = AddActivation(graph, layer.Activation, elementType, prefix, z, activated);
        }

        graph.Output.Add(BatchTensor(options.OutputName, elementType, options.BatchDimensionName, topology.OutputSize));

        var model = new ModelProto
        {
            IrVersion = OnnxConventions.IrVersionOf(options.OpsetVersion),
            ProducerName = "NetGen",
            ProducerVersion = typeof(OnnxModelWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "",
            ModelVersion = 1,
            DocString = topology.IsClassifier
                ? $"{topology}. The output holds the raw scores z; the {topology.Loss} loss applies the link function (softmax or sigmoid) itself."
                : $"{topology}.",
            Graph = graph,
        };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = options.OpsetVersion });
        model.MetadataProps.Add(new StringStringEntryProto { Key = "netgen.topology", Value = topology.ToString() });
        model.MetadataProps.Add(new StringStringEntryProto { Key = "netgen.loss", Value = topology.Loss.ToString() });
        return model;
    }

    /// <summary>Adds the nodes of h = g(z) and returns the name of h (z itself for Identity).</summary>
    private static string AddActivation(GraphProto graph, Activation activation, int elementType, string prefix, string z, string output)
    {
        if (activation == Activation.Identity)
        {
            return z;
        }

        if (activation == Activation.SiLU)
        {
            // SiLU(z) = z * sigmoid(z): opsets up to 23 have no single operator for it, and this is the pair PyTorch exports.
            string sigmoid = prefix + ".sigmoid";
            graph.Node.Add(Node(OnnxConventions.Sigmoid, prefix + ".sigmoid", [z], sigmoid));
            graph.Node.Add(Node(OnnxConventions.Mul, prefix + ".mul", [z, sigmoid], output));
            return output;
        }

        if (activation == Activation.LeakyReLU && elementType == OnnxConventions.Double)
        {
            // LeakyRelu's alpha is a float attribute: 0.01f is 0.00999999977648258, not the 0.01 that double networks
            // multiply by, so the node would differ from Forward by up to 2.2e-10 |z|. Max(z, 0.01 z) with 0.01 as a
            // double initialiser is the same function for a slope below 1 and rounds exactly as Forward does.
            string alpha = prefix + ".alpha";
            string scaled = prefix + ".scaled";
            graph.Initializer.Add(Scalar(alpha, OnnxConventions.LeakyReluSlope));
            graph.Node.Add(Node(OnnxConventions.Mul, prefix + ".mul", [z, alpha], scaled));
            graph.Node.Add(Node(OnnxConventions.Max, prefix + ".max", [z, scaled], output));
            return output;
        }

        string op = OnnxConventions.SingleOperator(activation)
            ?? throw new NotSupportedException($"NetGen cannot export the activation {activation} to ONNX.");
        NodeProto node = Node(op, prefix + "." + op.ToLowerInvariant(), [z], output);
        if (activation == Activation.LeakyReLU)
        {
            node.Attribute.Add(new AttributeProto { Name = "alpha", Type = AttributeProto.Types.AttributeType.Float, F = OnnxConventions.LeakyReluAlpha });
        }

        graph.Node.Add(node);
        return output;
    }

    private static string LayerPrefix(int number) => "layer" + number.ToString(CultureInfo.InvariantCulture);

    private static void CheckOptions(OnnxExportOptions options, int layerCount)
    {
        if (options.OpsetVersion is < OnnxExportOptions.MinimumOpsetVersion or > OnnxExportOptions.MaximumOpsetVersion)
        {
            string why = options.OpsetVersion < OnnxExportOptions.MinimumOpsetVersion
                ? "opsets 7 and 8 go with IR version 3, which would list every weight as a graph input, and before 7 Gemm does not broadcast its bias"
                : "OnnxSharp, whose classes NetGen writes the model with, describes opsets up to 23";
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"OpsetVersion {options.OpsetVersion} is outside the opsets NetGen exports, {OnnxExportOptions.MinimumOpsetVersion} to {OnnxExportOptions.MaximumOpsetVersion}: {why}."),
                nameof(options));
        }

        ArgumentException.ThrowIfNullOrEmpty(options.InputName, nameof(options));
        ArgumentException.ThrowIfNullOrEmpty(options.OutputName, nameof(options));
        ArgumentException.ThrowIfNullOrEmpty(options.BatchDimensionName, nameof(options));
        if (options.InputName == options.OutputName)
        {
            throw new ArgumentException($"The input and output are both named '{options.InputName}'.", nameof(options));
        }

        var generated = new HashSet<string>(StringComparer.Ordinal);
        for (int number = 1; number <= layerCount; number++)
        {
            foreach (string suffix in new[] { ".weight", ".bias", ".z", ".h", ".sigmoid", ".alpha", ".scaled" })
            {
                generated.Add(LayerPrefix(number) + suffix);
            }
        }

        foreach (string name in new[] { options.InputName, options.OutputName })
        {
            if (generated.Contains(name))
            {
                throw new ArgumentException($"'{name}' is the name of a tensor the exporter creates; choose another.", nameof(options));
            }
        }
    }

    private static NodeProto Node(string op, string name, string[] inputs, string output)
    {
        var node = new NodeProto { OpType = op, Name = name };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        return node;
    }

    private static ValueInfoProto BatchTensor(string name, int elementType, string batchName, int width)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = batchName });
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = width });
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = elementType, Shape = shape } },
        };
    }

    /// <summary>A double scalar initialiser (dims []), which Mul broadcasts over the batch.</summary>
    private static TensorProto Scalar(string name, double value)
    {
        byte[] raw = new byte[sizeof(double)];
        BinaryPrimitives.WriteDoubleLittleEndian(raw, value);
        return new TensorProto { Name = name, DataType = OnnxConventions.Double, RawData = ByteString.CopyFrom(raw) };
    }

    /// <summary>An initialiser with the values as little-endian raw_data, the compact form PyTorch writes too.</summary>
    private static TensorProto Tensor<T>(string name, int elementType, ReadOnlySpan<T> values, params long[] dims)
        where T : unmanaged
    {
        var tensor = new TensorProto { Name = name, DataType = elementType };
        tensor.Dims.AddRange(dims);
        byte[] raw = new byte[values.Length * (elementType == OnnxConventions.Double ? sizeof(double) : sizeof(float))];
        if (elementType == OnnxConventions.Double)
        {
            ReadOnlySpan<double> doubles = MemoryMarshal.Cast<T, double>(values);
            for (int i = 0; i < doubles.Length; i++)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(raw.AsSpan(i * sizeof(double)), doubles[i]);
            }
        }
        else
        {
            ReadOnlySpan<float> floats = MemoryMarshal.Cast<T, float>(values);
            for (int i = 0; i < floats.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(raw.AsSpan(i * sizeof(float)), floats[i]);
            }
        }

        tensor.RawData = ByteString.CopyFrom(raw);
        return tensor;
    }
}
