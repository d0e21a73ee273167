using System.Buffers.Binary;
using Google.Protobuf;
using Onnx;

namespace NetGen.Interop.Tests.Support;

/// <summary>How a layer's z = W h + b is written in ONNX, in the shapes other exporters produce.</summary>
public enum LinearForm
{
    /// <summary>Gemm(h, W, b) with W [units x inputs] and transB = 1, as PyTorch exports nn.Linear.</summary>
    GemmTransposedB,

    /// <summary>Gemm(h, W^T, b) with W^T [inputs x units] and transB = 0 (attribute omitted).</summary>
    GemmPlainB,

    /// <summary>Gemm(h, W) with transB = 1 and no C, for a layer without bias.</summary>
    GemmWithoutBias,

    /// <summary>MatMul(h, W^T) then Add(., b), as Keras / tf2onnx export Dense.</summary>
    MatMulAdd,

    /// <summary>MatMul(h, W^T) then Add(b, .), the bias as the first operand.</summary>
    MatMulAddBiasFirst,

    /// <summary>MatMul(h, W^T) alone, for a layer without bias.</summary>
    MatMulWithoutBias,
}

/// <summary>One layer of a test model: weights in NetGen's order (w_kj at k * inputs + j), and how to write it.</summary>
public sealed record ChainLayer(int Inputs, int Units, double[] Weights, double[] Bias, LinearForm Form, string Activation)
{
    /// <summary>Random weights and biases in [-1, 1); <paramref name="activation"/> is an ONNX operator, "" for none, "SiLU" or "SiLU-reversed".</summary>
    public static ChainLayer Random(Random random, int inputs, int units, LinearForm form, string activation)
    {
        double[] weights = Enumerable.Range(0, inputs * units).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
        double[] bias = form is LinearForm.GemmWithoutBias or LinearForm.MatMulWithoutBias
            ? new double[units]
            : Enumerable.Range(0, units).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
        return new ChainLayer(inputs, units, weights, bias, form, activation);
    }

    /// <summary>W^T, [inputs x units] row-major.</summary>
    public double[] TransposedWeights()
    {
        double[] transposed = new double[Weights.Length];
        for (int k = 0; k < Units; k++)
        {
            for (int j = 0; j < Inputs; j++)
            {
                transposed[(j * Units) + k] = Weights[(k * Inputs) + j];
            }
        }

        return transposed;
    }
}

/// <summary>
/// Builds ONNX models of dense chains directly with OnnxSharp's protobuf classes, independently of NetGen's exporter, so
/// that import is tested against files shaped like other tools' output.
/// </summary>
public sealed class DenseChainModel(IReadOnlyList<ChainLayer> layers)
{
    private readonly List<NodeProto> _nodes = [];
    private readonly List<TensorProto> _initializers = [];
    private int _counter;

    /// <summary>ONNX element type of every tensor: 1 float (default), 11 double.</summary>
    public int ElementType { get; init; } = 1;

    /// <summary>Store values as float_data / double_data instead of raw_data.</summary>
    public bool TypedData { get; init; }

    /// <summary>Put weights in Constant nodes instead of initialisers.</summary>
    public bool ConstantNodes { get; init; }

    /// <summary>Write biases as [1 x units] instead of [units].</summary>
    public bool RowBiases { get; init; }

    /// <summary>Insert an Identity node after every layer and before every weight use.</summary>
    public bool Identities { get; init; }

    /// <summary>An explicit alpha for LeakyRelu nodes; null leaves the attribute out (ONNX default 0.01).</summary>
    public float? LeakyReluAlpha { get; init; }

    /// <summary>Also list every initialiser as a graph input, as exporters before IR version 4 did.</summary>
    public bool InitializersAsInputs { get; init; }

    /// <summary>The feature width declared on the input; null uses the first layer's.</summary>
    public int? DeclaredInputWidth { get; init; }

    public ModelProto Build()
    {
        _nodes.Clear();
        _initializers.Clear();
        _counter = 0;
        var graph = new GraphProto { Name = "independent" };
        graph.Input.Add(ValueInfo("x", DeclaredInputWidth ?? layers[0].Inputs));
        string h = "x";
        foreach (ChainLayer layer in layers)
        {
            h = AddLinear(layer, h);
            h = AddActivation(layer.Activation, h);
            if (Identities)
            {
                h = AddNode("Identity", [h]);
            }
        }

        // The final tensor is renamed to the graph output through one more Identity, as exporters often do.
        _nodes.Add(Node("Identity", [h], "y"));
        graph.Output.Add(ValueInfo("y", layers[^1].Units));
        graph.Node.AddRange(_nodes);
        graph.Initializer.AddRange(_initializers);
        if (InitializersAsInputs)
        {
            foreach (TensorProto initializer in _initializers)
            {
                graph.Input.Add(new ValueInfoProto
                {
                    Name = initializer.Name,
                    Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = ElementType } },
                });
            }
        }

        var model = new ModelProto { IrVersion = 10, ProducerName = "interop-tests", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 21 });
        return model;
    }

    public byte[] Bytes() => Build().ToByteArray();

    /// <summary>The parameters NetGen should hold after importing this model: W(l), then b(l), layer by layer.</summary>
    public double[] ExpectedParameters() => layers.SelectMany(l => l.Weights.Concat(l.Bias)).ToArray();

    private string AddLinear(ChainLayer layer, string h)
    {
        switch (layer.Form)
        {
            case LinearForm.GemmTransposedB:
            case LinearForm.GemmWithoutBias:
                {
                    string w = Constant(layer.Weights, layer.Units, layer.Inputs);
                    string[] inputs = layer.Form == LinearForm.GemmWithoutBias ? [h, w] : [h, w, Bias(layer)];
                    NodeProto gemm = Node("Gemm", inputs, Fresh());
                    gemm.Attribute.Add(new AttributeProto { Name = "transB", Type = AttributeProto.Types.AttributeType.Int, I = 1 });
                    _nodes.Add(gemm);
                    return gemm.Output[0];
                }

            case LinearForm.GemmPlainB:
                return AddNode("Gemm", [h, Constant(layer.TransposedWeights(), layer.Inputs, layer.Units), Bias(layer)]);
            default:
                {
                    string product = AddNode("MatMul", [h, Constant(layer.TransposedWeights(), layer.Inputs, layer.Units)]);
                    return layer.Form switch
                    {
                        LinearForm.MatMulAdd => AddNode("Add", [product, Bias(layer)]),
                        LinearForm.MatMulAddBiasFirst => AddNode("Add", [Bias(layer), product]),
                        _ => product,
                    };
                }
        }
    }

    private string AddActivation(string activation, string z)
    {
        switch (activation)
        {
            case "":
                return z;
            case "SiLU":
                return AddNode("Mul", [z, AddNode("Sigmoid", [z])]);
            case "SiLU-reversed":
                return AddNode("Mul", [AddNode("Sigmoid", [z]), z]);
            case "LeakyRelu":
                NodeProto leaky = Node("LeakyRelu", [z], Fresh());
                if (LeakyReluAlpha is float alpha)
                {
                    leaky.Attribute.Add(new AttributeProto { Name = "alpha", Type = AttributeProto.Types.AttributeType.Float, F = alpha });
                }

                _nodes.Add(leaky);
                return leaky.Output[0];
            default:
                return AddNode(activation, [z]);
        }
    }

    private string Bias(ChainLayer layer) =>
        RowBiases ? Constant(layer.Bias, 1, layer.Units) : Constant(layer.Bias, layer.Units);

    private string Constant(double[] values, params long[] dims)
    {
        string name = "const" + _counter++;
        var tensor = new TensorProto { Name = name, DataType = ElementType };
        tensor.Dims.AddRange(dims);
        if (TypedData && ElementType == 11)
        {
            tensor.DoubleData.AddRange(values);
        }
        else if (TypedData)
        {
            tensor.FloatData.AddRange(values.Select(v => (float)v));
        }
        else
        {
            int size = ElementType == 11 ? 8 : 4;
            byte[] raw = new byte[values.Length * size];
            for (int i = 0; i < values.Length; i++)
            {
                if (size == 8)
                {
                    BinaryPrimitives.WriteDoubleLittleEndian(raw.AsSpan(i * 8), values[i]);
                }
                else
                {
                    BinaryPrimitives.WriteSingleLittleEndian(raw.AsSpan(i * 4), (float)values[i]);
                }
            }

            tensor.RawData = ByteString.CopyFrom(raw);
        }

        if (ConstantNodes)
        {
            var node = new NodeProto { OpType = "Constant", Name = "make_" + name };
            node.Output.Add(name);
            tensor.Name = "";
            node.Attribute.Add(new AttributeProto { Name = "value", Type = AttributeProto.Types.AttributeType.Tensor, T = tensor });
            _nodes.Add(node);
        }
        else
        {
            _initializers.Add(tensor);
        }

        return Identities ? AddNode("Identity", [name]) : name;
    }

    private string AddNode(string op, string[] inputs)
    {
        NodeProto node = Node(op, inputs, Fresh());
        _nodes.Add(node);
        return node.Output[0];
    }

    private NodeProto Node(string op, string[] inputs, string output)
    {
        var node = new NodeProto { OpType = op, Name = op.ToLowerInvariant() + "_" + _counter++ };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        return node;
    }

    private string Fresh() => "t" + _counter++;

    private ValueInfoProto ValueInfo(string name, int width)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = "N" });
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = width });
        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = ElementType, Shape = shape } } };
    }
}
