using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Onnx;

namespace NetGen.Onnx.Import;

/// <summary>
/// Walks an ONNX graph from its input to its output, expecting for each layer of the network a dense product (Gemm, or
/// MatMul optionally followed by Add of a constant bias) and then the layer's activation, and gathers the constants into
/// a parameter array in <see cref="INetwork{T}.Parameters"/> order. The first difference from the network is thrown as
/// an <see cref="OnnxImportException"/> naming the layer and the node.
/// </summary>
internal sealed class DenseChainReader
{
    private readonly GraphIndex _graph;
    private readonly NetworkTopology _topology;
    private readonly string _network;
    private readonly int _elementType;
    private readonly double[] _parameters;

    private DenseChainReader(GraphIndex graph, NetworkTopology topology, string networkName, int elementType)
    {
        _graph = graph;
        _topology = topology;
        _network = networkName;
        _elementType = elementType;
        _parameters = new double[topology.ParameterCount];
    }

    /// <summary>The network's parameters as the graph holds them, widened to double.</summary>
    /// <param name="graph">The model's graph.</param>
    /// <param name="topology">The network the parameters are for.</param>
    /// <param name="networkName">The network's class name, for messages.</param>
    /// <param name="elementType">The network's ONNX element type: float networks refuse double tensors.</param>
    public static double[] Read(GraphProto graph, NetworkTopology topology, string networkName, int elementType) =>
        new DenseChainReader(new GraphIndex(graph), topology, networkName, elementType).Walk();

    private int LayerCount => _topology.Layers.Count;

    private double[] Walk()
    {
        (string input, string output) = FindInputAndOutput();
        string current = input;
        for (int i = 0; i < LayerCount; i++)
        {
            int number = i + 1;
            LayerTopology layer = _topology.Layers[i];
            NodeProto linear = NextLinear(SkipIdentities(current), number);
            string z = GraphIndex.IsPlain(linear, OnnxConventions.Gemm)
                ? ReadGemm(linear, layer, number)
                : ReadMatMul(linear, layer, number);
            current = ReadActivation(SkipIdentities(z), layer, number);
        }

        CheckEnd(SkipIdentities(current), output);
        NodeProto? stray = _graph.Unused.FirstOrDefault();
        if (stray is not null)
        {
            throw new OnnxImportException(
                OnnxImportError.UnsupportedOperator,
                $"{GraphIndex.Describe(stray)} is not on the path from the input to the output; NetGen imports a single chain of dense layers.",
                nodeName: GraphIndex.NameOf(stray));
        }

        return _parameters;
    }

    private (string Input, string Output) FindInputAndOutput()
    {
        ValueInfoProto[] inputs = _graph.Graph.Input.Where(i => !_graph.IsConstant(i.Name)).ToArray();
        if (inputs.Length != 1)
        {
            throw new OnnxImportException(
                OnnxImportError.InvalidModel,
                $"The model has {inputs.Length} inputs ({string.Join(", ", inputs.Select(i => $"'{i.Name}'"))}); NetGen imports models with one input, a [batch, features] tensor.");
        }

        if (_graph.Graph.Output.Count != 1)
        {
            throw new OnnxImportException(
                OnnxImportError.InvalidModel,
                $"The model has {_graph.Graph.Output.Count} outputs; NetGen imports models with one output, a [batch, outputs] tensor.");
        }

        CheckBatchTensor(inputs[0], "input", _topology.InputSize);
        CheckBatchTensor(_graph.Graph.Output[0], "output", _topology.OutputSize);
        return (inputs[0].Name, _graph.Graph.Output[0].Name);
    }

    private void CheckBatchTensor(ValueInfoProto value, string role, int width)
    {
        TypeProto.Types.Tensor? tensor = value.Type?.TensorType;
        if (tensor is null)
        {
            return;
        }

        if (tensor.ElemType is not (0 or OnnxConventions.Float or OnnxConventions.Double)
            || (tensor.ElemType == OnnxConventions.Double && _elementType == OnnxConventions.Float))
        {
            throw new OnnxImportException(
                OnnxImportError.ElementTypeMismatch,
                tensor.ElemType == OnnxConventions.Double
                    ? $"The model's {role} '{value.Name}' is of type double, but {_network} computes in float, and rounding would change the weights; import into a network declared with Precision = Precision.Double."
                    : $"The model's {role} '{value.Name}' is of type {OnnxConventions.ElementTypeName(tensor.ElemType)}; NetGen networks compute in float or double.",
                nodeName: value.Name);
        }

        if (tensor.Shape is null || tensor.Shape.Dim.Count == 0)
        {
            return;
        }

        if (tensor.Shape.Dim.Count != 2)
        {
            throw new OnnxImportException(
                OnnxImportError.ShapeMismatch,
                Invariant($"The model's {role} '{value.Name}' has rank {tensor.Shape.Dim.Count}; NetGen imports [batch, {width}] tensors."),
                nodeName: value.Name);
        }

        TensorShapeProto.Types.Dimension features = tensor.Shape.Dim[1];
        if (features.HasDimValue && features.DimValue != width)
        {
            throw new OnnxImportException(
                OnnxImportError.ShapeMismatch,
                Invariant($"The model's {role} '{value.Name}' has {features.DimValue} values per row, but {_network} has {width} {role}s."),
                nodeName: value.Name);
        }
    }

    /// <summary>Follows Identity nodes, which PyTorch and others leave in exported graphs.</summary>
    private string SkipIdentities(string tensor)
    {
        while (_graph.ConsumersOf(tensor) is [NodeProto node] && GraphIndex.IsPlain(node, OnnxConventions.Identity) && node.Output.Count == 1)
        {
            if (!_graph.MarkUsed(node))
            {
                throw new OnnxImportException(OnnxImportError.InvalidModel, $"The graph has a cycle through {GraphIndex.Describe(node)}.", nodeName: GraphIndex.NameOf(node));
            }

            tensor = node.Output[0];
        }

        return tensor;
    }

    private NodeProto NextLinear(string tensor, int number)
    {
        IReadOnlyList<NodeProto> consumers = _graph.ConsumersOf(tensor);
        if (consumers.Count == 0)
        {
            throw new OnnxImportException(
                OnnxImportError.LayerCountMismatch,
                Invariant($"The model has {number - 1} dense layer(s), but {_network} has {LayerCount}: nothing reads '{tensor}', where layer {number} should start."),
                layer: number);
        }

        if (consumers.Count > 1)
        {
            throw Branch(tensor, consumers, number);
        }

        NodeProto node = consumers[0];
        if (GraphIndex.IsPlain(node, OnnxConventions.Gemm) || GraphIndex.IsPlain(node, OnnxConventions.MatMul))
        {
            return node;
        }

        if (IsActivationOperator(node))
        {
            string where = number == 1
                ? "to its input, before the first dense layer"
                : Invariant($"after layer {number - 1}'s activation");
            throw new OnnxImportException(
                OnnxImportError.ActivationMismatch,
                Invariant($"The model applies {GraphIndex.Describe(node)} {where}, where {_network} expects layer {number}'s Gemm or MatMul."),
                layer: number,
                nodeName: GraphIndex.NameOf(node));
        }

        throw Unsupported(node, number);
    }

    private string ReadGemm(NodeProto gemm, LayerTopology layer, int number)
    {
        long transA = IntAttribute(gemm, "transA", 0);
        long transB = IntAttribute(gemm, "transB", 0);
        float alpha = FloatAttribute(gemm, "alpha", 1f);
        float beta = FloatAttribute(gemm, "beta", 1f);
        if (gemm.Input.Count < 2 || gemm.Output.Count != 1)
        {
            throw new OnnxImportException(OnnxImportError.InvalidModel, $"{GraphIndex.Describe(gemm)} needs inputs A and B and one output.", number, GraphIndex.NameOf(gemm));
        }

        if (transA != 0)
        {
            throw UnsupportedUse(gemm, number, "has transA = 1; NetGen imports Gemm with the batch as the rows of A (transA = 0)");
        }

        if (alpha != 1f)
        {
            throw UnsupportedUse(gemm, number, Invariant($"scales A B by alpha = {alpha}; NetGen imports Gemm with alpha = 1 (fold alpha into the weights)"));
        }

        bool hasBias = gemm.Input.Count > 2 && gemm.Input[2].Length > 0;
        if (hasBias && beta != 1f)
        {
            throw UnsupportedUse(gemm, number, Invariant($"scales the bias by beta = {beta}; NetGen imports Gemm with beta = 1 (fold beta into the bias)"));
        }

        string where = Invariant($"{GraphIndex.Describe(gemm)}, transB = {transB}");
        ConstantTensor weight = RequireConstant(gemm.Input[1], gemm, number, "weight B");
        StoreWeights(weight, rowsAreUnits: transB != 0, layer, number, where);
        if (hasBias)
        {
            StoreBias(RequireConstant(gemm.Input[2], gemm, number, "bias C"), layer, number, where);
        }

        _graph.MarkUsed(gemm);
        return gemm.Output[0];
    }

    private string ReadMatMul(NodeProto matMul, LayerTopology layer, int number)
    {
        if (matMul.Input.Count != 2 || matMul.Output.Count != 1)
        {
            throw new OnnxImportException(OnnxImportError.InvalidModel, $"{GraphIndex.Describe(matMul)} needs two inputs and one output.", number, GraphIndex.NameOf(matMul));
        }

        string where = GraphIndex.Describe(matMul);
        StoreWeights(RequireConstant(matMul.Input[1], matMul, number, "weight"), rowsAreUnits: false, layer, number, where);
        _graph.MarkUsed(matMul);
        string z = matMul.Output[0];

        // The bias is an Add of a constant, on either side; without one the layer has no bias (b = 0).
        if (_graph.ConsumersOf(z) is [NodeProto add] && GraphIndex.IsPlain(add, OnnxConventions.Add) && add.Input.Count == 2 && add.Output.Count == 1)
        {
            string other = add.Input[0] == z ? add.Input[1] : add.Input[0];
            if (other != z && _graph.IsConstant(other))
            {
                StoreBias(_graph.Constant(other)!, layer, number, GraphIndex.Describe(add));
                _graph.MarkUsed(add);
                z = add.Output[0];
            }
        }

        return z;
    }

    private string ReadActivation(string z, LayerTopology layer, int number)
    {
        (Activation? found, string description, NodeProto[] nodes, string output) = DetectActivation(z, number);
        if (found != layer.Activation)
        {
            throw new OnnxImportException(
                OnnxImportError.ActivationMismatch,
                Invariant($"Layer {number}: {_network} applies {Describe(layer.Activation)}, but the model applies {description}."),
                layer: number,
                nodeName: nodes.Length > 0 ? GraphIndex.NameOf(nodes[0]) : null);
        }

        foreach (NodeProto node in nodes)
        {
            _graph.MarkUsed(node);
        }

        return output;
    }

    /// <summary>Which activation the graph applies to <paramref name="z"/>: null with a description when NetGen has none like it.</summary>
    private (Activation? Found, string Description, NodeProto[] Nodes, string Output) DetectActivation(string z, int number)
    {
        IReadOnlyList<NodeProto> consumers = _graph.ConsumersOf(z);
        switch (consumers.Count)
        {
            case 0:
                return (Activation.Identity, "no activation", [], z);
            case 2:
                NodeProto? sigmoid = consumers.FirstOrDefault(n => GraphIndex.IsPlain(n, OnnxConventions.Sigmoid) && n.Output.Count == 1);
                NodeProto? mul = consumers.FirstOrDefault(n => GraphIndex.IsPlain(n, OnnxConventions.Mul) && n.Output.Count == 1);
                if (sigmoid is not null && mul is not null && mul.Input.Count == 2
                    && mul.Input.Contains(z) && mul.Input.Contains(sigmoid.Output[0])
                    && _graph.ConsumersOf(sigmoid.Output[0]).Count == 1)
                {
                    return (Activation.SiLU, $"SiLU ({GraphIndex.Describe(sigmoid)} times its input in {GraphIndex.Describe(mul)})", [sigmoid, mul], mul.Output[0]);
                }

                if (DetectScaledMax(z, consumers) is { } leaky)
                {
                    return leaky;
                }

                throw Branch(z, consumers, number);
            case > 2:
                throw Branch(z, consumers, number);
        }

        NodeProto node = consumers[0];
        if (GraphIndex.IsPlain(node, OnnxConventions.Gemm) || GraphIndex.IsPlain(node, OnnxConventions.MatMul))
        {
            return (Activation.Identity, Invariant($"no activation ('{z}' goes straight into {GraphIndex.Describe(node)})"), [], z);
        }

        if (!IsActivationOperator(node) || node.Output.Count != 1 || node.Input.Count != 1)
        {
            throw Unsupported(node, number);
        }

        string described = GraphIndex.Describe(node);
        Activation? activation = node.OpType switch
        {
            OnnxConventions.Sigmoid => Activation.Sigmoid,
            OnnxConventions.Tanh => Activation.Tanh,
            OnnxConventions.Relu => Activation.ReLU,
            OnnxConventions.Softplus => Activation.Softplus,
            OnnxConventions.LeakyRelu => null,
            _ => throw Unsupported(node, number),
        };
        if (node.OpType == OnnxConventions.LeakyRelu)
        {
            float alpha = FloatAttribute(node, "alpha", OnnxConventions.LeakyReluAlpha);
            if (alpha == OnnxConventions.LeakyReluAlpha)
            {
                activation = Activation.LeakyReLU;
            }
            else
            {
                described = Invariant($"{described} with alpha = {alpha} (NetGen's LeakyReLU has slope 0.01)");
            }
        }

        return (activation, described, [node], node.Output[0]);
    }

    /// <summary>
    /// Leaky ReLU written as Max(z, Mul(z, a)) (or Mul(a, z), Max in either order) with a scalar constant a: the form
    /// NetGen exports for double networks, whose slope 0.01 a float LeakyRelu alpha cannot hold. Null for other pairs.
    /// </summary>
    private (Activation? Found, string Description, NodeProto[] Nodes, string Output)? DetectScaledMax(string z, IReadOnlyList<NodeProto> consumers)
    {
        NodeProto? mul = consumers.FirstOrDefault(n => GraphIndex.IsPlain(n, OnnxConventions.Mul) && n.Input.Count == 2 && n.Output.Count == 1);
        NodeProto? max = consumers.FirstOrDefault(n => GraphIndex.IsPlain(n, OnnxConventions.Max) && n.Input.Count == 2 && n.Output.Count == 1);
        if (mul is null || max is null)
        {
            return null;
        }

        string slopeName = mul.Input[0] == z ? mul.Input[1] : mul.Input[0];
        ConstantTensor? slope = slopeName != z ? _graph.Constant(slopeName) : null;
        string scaled = mul.Output[0];
        if (!mul.Input.Contains(z) || !max.Input.Contains(z) || slope is null || slope.Values.Length != 1 || !max.Input.Contains(scaled)
            || _graph.ConsumersOf(scaled).Count != 1)
        {
            return null;
        }

        double a = slope.Values[0];
        string described = Invariant($"{GraphIndex.Describe(max)} of its input and {GraphIndex.Describe(mul)} by {a:R}");
        return a is OnnxConventions.LeakyReluSlope or (double)OnnxConventions.LeakyReluAlpha
            ? (Activation.LeakyReLU, $"LeakyReLU ({described})", [mul, max], max.Output[0])
            : (null, $"{described} (NetGen's LeakyReLU has slope 0.01)", [mul, max], max.Output[0]);
    }

    private void CheckEnd(string last, string output)
    {
        IReadOnlyList<NodeProto> consumers = _graph.ConsumersOf(last);
        if (consumers.Count > 0)
        {
            NodeProto next = consumers[0];
            if (GraphIndex.IsPlain(next, OnnxConventions.Gemm) || GraphIndex.IsPlain(next, OnnxConventions.MatMul))
            {
                throw new OnnxImportException(
                    OnnxImportError.LayerCountMismatch,
                    Invariant($"The model has more dense layers than the {LayerCount} of {_network}: {GraphIndex.Describe(next)} follows layer {LayerCount}."),
                    layer: LayerCount,
                    nodeName: GraphIndex.NameOf(next));
            }

            throw Unsupported(next, LayerCount);
        }

        if (last != output)
        {
            throw new OnnxImportException(
                OnnxImportError.InvalidModel,
                $"The model's output is '{output}', but its last layer writes '{last}'.",
                layer: LayerCount,
                nodeName: output);
        }
    }

    private ConstantTensor RequireConstant(string name, NodeProto node, int number, string role)
    {
        ConstantTensor? tensor = _graph.Constant(name);
        if (tensor is null)
        {
            throw UnsupportedUse(node, number, $"takes its {role} from '{name}', which is computed rather than an initialiser or Constant; NetGen imports fixed weights");
        }

        if (tensor.ElementType == OnnxConventions.Double && _elementType == OnnxConventions.Float)
        {
            throw new OnnxImportException(
                OnnxImportError.ElementTypeMismatch,
                Invariant($"Layer {number}: tensor '{name}' holds double values, but {_network} uses float, and rounding would change the weights; import into a network declared with Precision = Precision.Double."),
                layer: number,
                nodeName: name);
        }

        return tensor;
    }

    /// <summary>
    /// Stores W(l) into the parameters: w_kj at WeightOffset + k * Inputs + j. The tensor is [units x inputs] when
    /// <paramref name="rowsAreUnits"/> (Gemm with transB = 1, PyTorch's nn.Linear.weight), else [inputs x units].
    /// </summary>
    private void StoreWeights(ConstantTensor weight, bool rowsAreUnits, LayerTopology layer, int number, string where)
    {
        long[] expected = rowsAreUnits ? [layer.Units, layer.Inputs] : [layer.Inputs, layer.Units];
        if (!weight.Dims.SequenceEqual(expected))
        {
            string hint = weight.Dims.SequenceEqual(new[] { expected[1], expected[0] }) ? " (its transpose: check transB)" : "";
            throw new OnnxImportException(
                OnnxImportError.ShapeMismatch,
                Invariant($"Layer {number} ({where}): weight '{weight.Name}' has shape {weight.ShapeText}, but {_network}'s layer {number} is Dense {layer.Inputs} -> {layer.Units}, which needs {ConstantTensor.FormatShape(expected)}{hint}."),
                layer: number,
                nodeName: weight.Name);
        }

        for (int k = 0; k < layer.Units; k++)
        {
            for (int j = 0; j < layer.Inputs; j++)
            {
                _parameters[layer.WeightOffset + (k * layer.Inputs) + j] = rowsAreUnits
                    ? weight.Values[(k * layer.Inputs) + j]
                    : weight.Values[(j * layer.Units) + k];
            }
        }
    }

    private void StoreBias(ConstantTensor bias, LayerTopology layer, int number, string where)
    {
        bool fits = bias.Dims.Length switch
        {
            1 => bias.Dims[0] == layer.Units,
            2 => bias.Dims[0] == 1 && bias.Dims[1] == layer.Units,
            0 => layer.Units == 1,
            _ => false,
        };
        if (!fits)
        {
            throw new OnnxImportException(
                OnnxImportError.ShapeMismatch,
                Invariant($"Layer {number} ({where}): bias '{bias.Name}' has shape {bias.ShapeText}, but {_network}'s layer {number} has {layer.Units} units, which needs [{layer.Units}] or [1 x {layer.Units}]."),
                layer: number,
                nodeName: bias.Name);
        }

        bias.Values.CopyTo(_parameters, layer.BiasOffset);
    }

    private static bool IsActivationOperator(NodeProto node) =>
        GraphIndex.IsPlain(node, OnnxConventions.Sigmoid)
        || GraphIndex.IsPlain(node, OnnxConventions.Tanh)
        || GraphIndex.IsPlain(node, OnnxConventions.Relu)
        || GraphIndex.IsPlain(node, OnnxConventions.LeakyRelu)
        || GraphIndex.IsPlain(node, OnnxConventions.Softplus);

    private static string Describe(Activation activation) => activation switch
    {
        Activation.Identity => "no activation (Identity)",
        Activation.LeakyReLU => "LeakyReLU (slope 0.01)",
        Activation.SiLU => "SiLU (z * sigmoid(z))",
        _ => activation.ToString(),
    };

    private OnnxImportException Branch(string tensor, IReadOnlyList<NodeProto> consumers, int number) => new(
        OnnxImportError.UnsupportedOperator,
        Invariant($"At layer {number}, '{tensor}' is read by {consumers.Count} nodes ({string.Join(", ", consumers.Select(GraphIndex.Describe))}); NetGen imports a single chain of dense layers."),
        layer: number,
        nodeName: GraphIndex.NameOf(consumers[0]));

    private static OnnxImportException Unsupported(NodeProto node, int number)
    {
        string hint = node.OpType is "Softmax" or "LogSoftmax"
            ? " NetGen networks output the raw scores z, and SoftmaxCrossEntropy applies softmax inside the loss: export the model without the final " + node.OpType + "."
            : "";
        string domain = node.Domain.Length > 0 && node.Domain != "ai.onnx" ? $" of domain '{node.Domain}'" : "";
        return new OnnxImportException(
            OnnxImportError.UnsupportedOperator,
            Invariant($"At layer {number}, {GraphIndex.Describe(node)}{domain} is not part of a dense chain: NetGen imports Gemm, MatMul (+ Add), Identity, Sigmoid, Tanh, Relu, LeakyRelu, Softplus, Sigmoid + Mul (SiLU) and Mul + Max (LeakyReLU).{hint}"),
            layer: number,
            nodeName: GraphIndex.NameOf(node));
    }

    private static OnnxImportException UnsupportedUse(NodeProto node, int number, string what) => new(
        OnnxImportError.UnsupportedOperator,
        Invariant($"Layer {number}: {GraphIndex.Describe(node)} {what}."),
        layer: number,
        nodeName: GraphIndex.NameOf(node));

    private static long IntAttribute(NodeProto node, string name, long fallback) =>
        node.Attribute.FirstOrDefault(a => a.Name == name) is { } attribute ? attribute.I : fallback;

    private static float FloatAttribute(NodeProto node, string name, float fallback) =>
        node.Attribute.FirstOrDefault(a => a.Name == name) is { } attribute ? attribute.F : fallback;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
