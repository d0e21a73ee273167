using System;
using System.Collections.Generic;
using System.Linq;
using Onnx;

namespace NetGen.Onnx.Import;

/// <summary>
/// Lookups over a graph for the chain walk: which tensors are constants (initialisers, Constant nodes, and Identity nodes
/// of constants, as PyTorch sometimes writes), which nodes read a tensor, and which nodes the walk has used.
/// </summary>
internal sealed class GraphIndex
{
    private static readonly IReadOnlyList<NodeProto> s_none = Array.Empty<NodeProto>();

    private readonly Dictionary<string, TensorProto> _constants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NodeProto>> _consumers = new(StringComparer.Ordinal);
    private readonly HashSet<NodeProto> _used = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, ConstantTensor> _decoded = new(StringComparer.Ordinal);

    public GraphIndex(GraphProto graph)
    {
        Graph = graph;
        foreach (TensorProto initializer in graph.Initializer)
        {
            if (!_constants.TryAdd(initializer.Name, initializer))
            {
                throw new OnnxImportException(OnnxImportError.InvalidModel, $"The graph has two initialisers named '{initializer.Name}'.", nodeName: initializer.Name);
            }
        }

        foreach (NodeProto node in graph.Node)
        {
            AttributeProto? value = node.OpType == OnnxConventions.Constant && node.Domain.Length == 0 && node.Output.Count == 1
                ? node.Attribute.FirstOrDefault(a => a.Name == "value" && a.T is not null)
                : null;
            if (value is not null)
            {
                _constants[node.Output[0]] = value.T;
                _used.Add(node);
            }
        }

        // An Identity of a constant is a constant; repeat for chains of them.
        bool found = true;
        while (found)
        {
            found = false;
            foreach (NodeProto node in graph.Node)
            {
                if (!_used.Contains(node) && IsPlain(node, OnnxConventions.Identity) && node.Input.Count == 1 && node.Output.Count == 1
                    && _constants.TryGetValue(node.Input[0], out TensorProto? source))
                {
                    _constants[node.Output[0]] = source;
                    _used.Add(node);
                    found = true;
                }
            }
        }

        foreach (NodeProto node in graph.Node.Where(n => !_used.Contains(n)))
        {
            foreach (string input in node.Input.Where(i => i.Length > 0).Distinct())
            {
                if (!_consumers.TryGetValue(input, out List<NodeProto>? list))
                {
                    _consumers[input] = list = [];
                }

                list.Add(node);
            }
        }
    }

    public GraphProto Graph { get; }

    /// <summary>True for a node of the default ONNX domain with this operator.</summary>
    public static bool IsPlain(NodeProto node, string op) =>
        node.OpType == op && (node.Domain.Length == 0 || node.Domain == "ai.onnx");

    /// <summary>"node 'layer1.gemm' (Gemm)", or the tensor it writes when the node has no name.</summary>
    public static string Describe(NodeProto node) =>
        node.Name.Length > 0
            ? $"node '{node.Name}' ({node.OpType})"
            : $"the {node.OpType} node that writes '{(node.Output.Count > 0 ? node.Output[0] : "?")}'";

    public static string NameOf(NodeProto node) => node.Name.Length > 0 ? node.Name : node.OpType;

    public bool IsConstant(string name) => _constants.ContainsKey(name);

    /// <summary>The decoded constant called <paramref name="name"/>, or null if the tensor is computed.</summary>
    public ConstantTensor? Constant(string name)
    {
        if (_decoded.TryGetValue(name, out ConstantTensor? tensor))
        {
            return tensor;
        }

        if (!_constants.TryGetValue(name, out TensorProto? proto))
        {
            return null;
        }

        return _decoded[name] = ConstantTensor.Read(proto, name);
    }

    /// <summary>The nodes that read the tensor, in graph order (constant producers excluded).</summary>
    public IReadOnlyList<NodeProto> ConsumersOf(string tensor) =>
        _consumers.TryGetValue(tensor, out List<NodeProto>? list) ? list : s_none;

    /// <summary>Records that the walk used <paramref name="node"/>; false if it already had, which means the graph has a cycle.</summary>
    public bool MarkUsed(NodeProto node) => _used.Add(node);

    /// <summary>The nodes the walk has not used, in graph order.</summary>
    public IEnumerable<NodeProto> Unused => Graph.Node.Where(n => !_used.Contains(n));
}
