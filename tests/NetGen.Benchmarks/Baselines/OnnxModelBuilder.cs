using Google.Protobuf;
using NetGen;
using Onnx;

namespace NetGen.Benchmarks.Baselines;

/// <summary>
/// Writes a network as an ONNX graph with OnnxSharp's protobuf classes: per layer one Gemm node,
/// z = h W^T + b (transB = 1, so W keeps NetGen's [outputs x inputs] layout, as PyTorch exports nn.Linear), followed
/// by a Sigmoid, Tanh or Relu node unless the layer is Identity. Input "x" [batch, inputs], output "y" [batch, outputs].
/// </summary>
public static class OnnxModelBuilder
{
    public const string InputName = "x";
    public const string OutputName = "y";

    /// <summary>Opset 17: Gemm-13, Sigmoid-13, Tanh-13, Relu-14 are current there and every recent runtime has them.</summary>
    private const long OpsetVersion = 17;

    /// <summary>IR version 8 goes with opset 17.</summary>
    private const long IrVersion = 8;

    /// <summary>
    /// The serialized model for a fixed <paramref name="batchSize"/>. A static shape lets ONNX Runtime plan its buffers
    /// once, the most favourable setting for it.
    /// </summary>
    public static byte[] Build(NetworkTopology topology, ReadOnlySpan<float> parameters, int batchSize)
    {
        var graph = new GraphProto { Name = topology.ToString() };
        graph.Input.Add(TensorValue(InputName, batchSize, topology.InputSize));
        graph.Output.Add(TensorValue(OutputName, batchSize, topology.OutputSize));

        string h = InputName;
        for (int l = 0; l < topology.Layers.Count; l++)
        {
            LayerTopology layer = topology.Layers[l];
            bool last = l == topology.Layers.Count - 1;
            string w = $"W{l + 1}";
            string b = $"b{l + 1}";
            graph.Initializer.Add(FloatTensor(w, parameters.Slice(layer.WeightOffset, layer.Inputs * layer.Units), layer.Units, layer.Inputs));
            graph.Initializer.Add(FloatTensor(b, parameters.Slice(layer.BiasOffset, layer.Units), layer.Units));

            string? op = ActivationOp(layer.Activation);
            string z = last && op is null ? OutputName : $"z{l + 2}";
            var gemm = new NodeProto { Name = $"dense{l + 1}", OpType = "Gemm" };
            gemm.Input.Add(h);
            gemm.Input.Add(w);
            gemm.Input.Add(b);
            gemm.Output.Add(z);
            gemm.Attribute.Add(new AttributeProto { Name = "transB", Type = AttributeProto.Types.AttributeType.Int, I = 1 });
            graph.Node.Add(gemm);
            h = z;

            if (op is not null)
            {
                string activated = last ? OutputName : $"h{l + 2}";
                var activation = new NodeProto { Name = $"{op.ToLowerInvariant()}{l + 1}", OpType = op };
                activation.Input.Add(z);
                activation.Output.Add(activated);
                graph.Node.Add(activation);
                h = activated;
            }
        }

        var model = new ModelProto
        {
            IrVersion = IrVersion,
            ProducerName = "NetGen.Benchmarks",
            Graph = graph,
        };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = OpsetVersion });
        return model.ToByteArray();
    }

    private static string? ActivationOp(Activation activation) => activation switch
    {
        Activation.Identity => null,
        Activation.Sigmoid => "Sigmoid",
        Activation.Tanh => "Tanh",
        Activation.ReLU => "Relu",
        _ => throw new NotSupportedException($"The ONNX baseline implements the activations of the suite, not {activation}."),
    };

    private static ValueInfoProto TensorValue(string name, params long[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (long dim in dims)
        {
            shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = dim });
        }

        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto
            {
                TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape },
            },
        };
    }

    private static TensorProto FloatTensor(string name, ReadOnlySpan<float> values, params long[] dims)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float };
        tensor.Dims.Add(dims);
        foreach (float value in values)
        {
            tensor.FloatData.Add(value);
        }

        return tensor;
    }
}
