using System;
using System.ComponentModel;
using System.IO;
using Google.Protobuf;
using NetGen.Onnx.Export;
using NetGen.Persistence;
using Onnx;

namespace NetGen.Onnx;

/// <summary>
/// Exports any generated network as an ONNX model: per layer a Gemm node (z = h W^T + b, W in the same [outputs x inputs]
/// layout as <see cref="INetwork{T}.Parameters"/>, so transB = 1) followed by its activation, with a dynamic batch
/// dimension. Classifiers output their raw scores z, as <see cref="INetwork{T}.Forward"/> does. docs/persistence.md has
/// the full mapping.
/// </summary>
public static class OnnxExporter
{
    /// <summary>
    /// Advanced: builds the ONNX model of the network, with its current parameters as initialisers, as OnnxSharp's
    /// <see cref="ModelProto"/>, for callers who inspect or change the graph before writing it. The main API is
    /// <c>ExportOnnx</c> to a file or stream, which needs no third-party type; this one ties the caller to OnnxSharp's
    /// types, which may change with its versions.
    /// </summary>
    /// <typeparam name="T">The network's element type, <see cref="float"/> (ONNX float) or <see cref="double"/> (ONNX double).</typeparam>
    /// <param name="network">The network to export; it is only read.</param>
    /// <param name="options">Names for the graph, its input and output; null for the defaults.</param>
    /// <returns>A new model the caller may change or serialise.</returns>
    /// <exception cref="ArgumentException">An option is empty, or two names collide.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static ModelProto ToOnnxModel<T>(this INetwork<T> network, OnnxExportOptions? options = null)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(network);
        return OnnxModelWriter.Write(network, options ?? new OnnxExportOptions());
    }

    /// <summary>Writes the network's ONNX model to <paramref name="destination"/>.</summary>
    /// <typeparam name="T">The network's element type.</typeparam>
    /// <param name="network">The network to export; it is only read.</param>
    /// <param name="destination">A writable stream; it is left open.</param>
    /// <param name="options">Names for the graph, its input and output; null for the defaults.</param>
    /// <exception cref="ArgumentException">An option is empty, or two names collide.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    public static void ExportOnnx<T>(this INetwork<T> network, Stream destination, OnnxExportOptions? options = null)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(destination);
        byte[] model = network.ToOnnxModel(options).ToByteArray();
        destination.Write(model);
        destination.Flush();
    }

    /// <summary>
    /// Writes the network's ONNX model to the file at <paramref name="path"/>, atomically (see <see cref="AtomicFile"/>):
    /// if anything fails, a file that was there keeps its old contents.
    /// </summary>
    /// <typeparam name="T">The network's element type.</typeparam>
    /// <param name="network">The network to export; it is only read.</param>
    /// <param name="path">The .onnx file to create or replace; its folder must exist.</param>
    /// <param name="options">Names for the graph, its input and output; null for the defaults.</param>
    /// <exception cref="ArgumentException">An option is empty, or two names collide.</exception>
    /// <exception cref="IOException">The folder does not exist, or writing or replacing failed.</exception>
    public static void ExportOnnx<T>(this INetwork<T> network, string path, OnnxExportOptions? options = null)
        where T : unmanaged
    {
        byte[] model = network.ToOnnxModel(options).ToByteArray();
        AtomicFile.Write(path, stream => stream.Write(model));
    }
}
