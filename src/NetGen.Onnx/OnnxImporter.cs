using System;
using System.ComponentModel;
using System.IO;
using System.Linq;
using Google.Protobuf;
using NetGen.Onnx.Import;
using Onnx;

namespace NetGen.Onnx;

/// <summary>
/// Loads the weights of an ONNX model of a dense chain (exported from PyTorch, Keras, or NetGen) into a generated class of
/// the same topology. Accepted per layer: <c>Gemm</c> with transB = 0 or 1 (alpha = beta = 1, bias optional), or
/// <c>MatMul</c> followed by <c>Add</c> of a bias (or no Add, for no bias); then the layer's activation: none, Sigmoid,
/// Tanh, Relu, LeakyRelu (alpha 0.01) or Max(z, Mul(z, 0.01)), Softplus, or Sigmoid + Mul for SiLU. The model must declare
/// an opset of the default domain (opset_import), as ONNX requires. Identity nodes are skipped. The whole graph
/// is checked before any parameter is written, so on failure the network is unchanged.
/// </summary>
public static class OnnxImporter
{
    /// <summary>
    /// Advanced: copies the weights of <paramref name="model"/>, an OnnxSharp <see cref="ModelProto"/>, into the network.
    /// The main API is <c>ImportOnnx</c> from a file or stream, which needs no third-party type.
    /// </summary>
    /// <typeparam name="T">The network's element type. A float network accepts float tensors; a double network float or double ones.</typeparam>
    /// <param name="network">The network to load into; its topology decides what the graph must look like.</param>
    /// <param name="model">The ONNX model; it is only read.</param>
    /// <exception cref="OnnxImportException">The model does not match the network; the message says where.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static void ImportOnnx<T>(this INetwork<T> network, ModelProto model)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(model);
        if (model.Graph is null)
        {
            throw new OnnxImportException(OnnxImportError.InvalidModel, "The ONNX model has no graph.");
        }

        CheckOpsetImport(model);

        int elementType = OnnxConventions.ElementTypeOf<T>();
        double[] values = DenseChainReader.Read(model.Graph, network.Topology, network.GetType().Name, elementType);

        // Every check has passed; only now is the network written. Float values came from float tensors, so the
        // narrowing below is exact.
        Span<T> parameters = network.Parameters;
        if (typeof(T) == typeof(float))
        {
            Span<float> floats = System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(parameters);
            for (int i = 0; i < values.Length; i++)
            {
                floats[i] = (float)values[i];
            }
        }
        else
        {
            values.CopyTo(System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(parameters));
        }
    }

    /// <summary>Reads an ONNX model from <paramref name="source"/> and copies its weights into the network.</summary>
    /// <typeparam name="T">The network's element type.</typeparam>
    /// <param name="network">The network to load into.</param>
    /// <param name="source">A readable stream holding one serialised ModelProto, read to its end.</param>
    /// <exception cref="OnnxImportException">The data is not an ONNX model, or the model does not match the network.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static void ImportOnnx<T>(this INetwork<T> network, Stream source)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(source);
        network.ImportOnnx(Parse(source));
    }

    /// <summary>Reads the ONNX model at <paramref name="path"/> and copies its weights into the network.</summary>
    /// <typeparam name="T">The network's element type.</typeparam>
    /// <param name="network">The network to load into.</param>
    /// <param name="path">An .onnx file with its weights embedded (not in external data files).</param>
    /// <exception cref="OnnxImportException">The file is not an ONNX model, or the model does not match the network.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public static void ImportOnnx<T>(this INetwork<T> network, string path)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        network.ImportOnnx(Parse(stream));
    }

    /// <summary>
    /// ONNX requires every model to say which version of the default operator set its nodes mean (opset_import); without
    /// it, Gemm or Relu have no defined meaning, and the onnx checker and ONNX Runtime refuse the model.
    /// </summary>
    private static void CheckOpsetImport(ModelProto model)
    {
        if (model.OpsetImport.Count == 0)
        {
            throw new OnnxImportException(
                OnnxImportError.InvalidModel,
                "The ONNX model has no opset_import, which ONNX requires: nothing says which version of the default operator set its nodes (Gemm, Relu, ...) follow. Export it again with a tool that writes opset_import.");
        }

        foreach (OperatorSetIdProto opset in model.OpsetImport)
        {
            if (opset.Domain.Length == 0 || opset.Domain == "ai.onnx")
            {
                return;
            }
        }

        throw new OnnxImportException(
            OnnxImportError.InvalidModel,
            $"The ONNX model's opset_import names only the domain(s) {string.Join(", ", model.OpsetImport.Select(o => $"'{o.Domain}'"))}, not the default ONNX domain ('' or 'ai.onnx') that Gemm, MatMul and the activations belong to, which ONNX requires for a model that uses them.");
    }

    private static ModelProto Parse(Stream source)
    {
        ModelProto model;
        try
        {
            model = ModelProto.Parser.ParseFrom(source);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new OnnxImportException(OnnxImportError.InvalidModel, $"The data is not a readable ONNX model: {e.Message}", e);
        }

        if (model.Graph is null)
        {
            throw new OnnxImportException(OnnxImportError.InvalidModel, "The data is not an ONNX model: it has no graph.");
        }

        return model;
    }
}
