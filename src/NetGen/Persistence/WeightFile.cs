using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace NetGen.Persistence;

/// <summary>
/// Saves and loads the parameters of any generated network in NetGen's weight-file format (docs/persistence.md): a
/// signature, the format version, the element type, a fingerprint of the topology, the parameters in little-endian order
/// and a CRC-32. Call them as extension methods: <c>net.Save("model.ngw")</c>, <c>net.Load("model.ngw")</c>.
/// </summary>
public static class WeightFile
{
    /// <summary>The file name extension NetGen uses for weight files in its documentation and examples.</summary>
    public const string Extension = ".ngw";

    /// <summary>Writes the network's topology fingerprint and parameters to <paramref name="destination"/>, then flushes it.</summary>
    /// <typeparam name="T">The network's element type, <see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="network">The network to save; it is only read.</param>
    /// <param name="destination">A writable stream; the file is written at its position, and the stream is left open.</param>
    /// <remarks>
    /// A stream cannot be replaced atomically: if writing fails half-way, the stream holds part of a file (which
    /// <see cref="Load{T}(INetwork{T}, Stream)"/> rejects). Save to a path for a file that is never left half-written.
    /// </remarks>
    /// <exception cref="IOException">Writing to the stream failed.</exception>
    public static void Save<T>(this INetwork<T> network, Stream destination)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(destination);
        byte[] file = WeightFileWriter.Write<T>(network.Topology, network.Parameters);
        destination.Write(file);
        destination.Flush();
    }

    /// <summary>
    /// Saves the network to the file at <paramref name="path"/>, atomically: the file is written next to the target under
    /// a temporary name, flushed to the disk, and then renamed over it (see <see cref="AtomicFile"/>). If anything fails,
    /// a file that was at <paramref name="path"/> before keeps its old contents.
    /// </summary>
    /// <typeparam name="T">The network's element type, <see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="network">The network to save; it is only read.</param>
    /// <param name="path">The file to create or replace; its folder must exist.</param>
    /// <exception cref="IOException">The folder does not exist, or writing or replacing failed.</exception>
    public static void Save<T>(this INetwork<T> network, string path)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(network);

        // The bytes are laid out before the temporary file exists, so the disk sees one write of a finished file.
        byte[] file = WeightFileWriter.Write<T>(network.Topology, network.Parameters);
        AtomicFile.Write(path, stream => stream.Write(file));
    }

    /// <summary>
    /// Reads one weight file from <paramref name="source"/> and copies its parameters into the network. The whole file is
    /// validated first (signature, version, length, checksum, element type, topology), and the network's parameters are
    /// only written once everything has passed: when this throws, the network is exactly as it was.
    /// </summary>
    /// <typeparam name="T">The network's element type, <see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="network">The network to load into; it must have the topology and element type the file was saved from.</param>
    /// <param name="source">A readable stream positioned at the start of a weight file; it is left just past the file's end.</param>
    /// <exception cref="WeightFileException">The data is not a valid weight file for this network; <see cref="WeightFileException.Reason"/> says why.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static void Load<T>(this INetwork<T> network, Stream source)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(source);
        T[] parameters = MatchNetwork(network, WeightFileReader.Read(source));
        parameters.CopyTo(network.Parameters);
    }

    /// <summary>
    /// Loads the weight file at <paramref name="path"/> into the network, with the guarantees of
    /// <see cref="Load{T}(INetwork{T}, Stream)"/>; the file must also end where the weight file ends.
    /// </summary>
    /// <typeparam name="T">The network's element type, <see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="network">The network to load into; it must have the topology and element type the file was saved from.</param>
    /// <param name="path">The weight file.</param>
    /// <exception cref="WeightFileException">The file is not a valid weight file for this network; <see cref="WeightFileException.Reason"/> says why.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public static void Load<T>(this INetwork<T> network, string path)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(network);
        T[] parameters = ReadForNetwork(network, path, out _);
        parameters.CopyTo(network.Parameters);
    }

    /// <summary>
    /// Reads and validates the file at <paramref name="path"/> against <paramref name="network"/> as
    /// <see cref="Load{T}(INetwork{T}, string)"/> does, without touching the network: the decoded parameters, and the
    /// file's sections for readers of the ancillary ones (checkpoints).
    /// </summary>
    internal static T[] ReadForNetwork<T>(INetwork<T> network, string path, out WeightFileContents contents)
        where T : unmanaged
    {
        using FileStream stream = OpenForReading(path);
        contents = ReadWholeFile(stream);
        return MatchNetwork(network, contents);
    }

    /// <summary>Reads and validates a weight file without loading it, and tells which network it was saved from.</summary>
    /// <param name="source">A readable stream positioned at the start of a weight file; it is left just past the file's end.</param>
    /// <returns>The format version, the topology (with the file's element type as precision) and any skipped sections.</returns>
    /// <exception cref="WeightFileException">The data is not a valid weight file.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static WeightFileInfo ReadInfo(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Describe(WeightFileReader.Read(source));
    }

    /// <summary>Reads and validates the weight file at <paramref name="path"/> without loading it.</summary>
    /// <param name="path">The weight file.</param>
    /// <returns>The format version, the topology (with the file's element type as precision) and any skipped sections.</returns>
    /// <exception cref="WeightFileException">The file is not a valid weight file.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public static WeightFileInfo ReadInfo(string path)
    {
        using FileStream stream = OpenForReading(path);
        return Describe(ReadWholeFile(stream));
    }

    private static FileStream OpenForReading(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
    }

    private static WeightFileContents ReadWholeFile(FileStream stream)
    {
        WeightFileContents contents = WeightFileReader.Read(stream);
        long extra = stream.Length - stream.Position;
        if (extra > 0)
        {
            throw new WeightFileException(
                WeightFileError.Malformed,
                string.Create(CultureInfo.InvariantCulture, $"The file has {extra} bytes after the end of its weight file: something was appended to it."));
        }

        return contents;
    }

    private static WeightFileInfo Describe(WeightFileContents contents)
    {
        Precision precision = contents.ElementType == WeightFileFormat.Float64 ? Precision.Double : Precision.Single;
        NetworkTopology topology = contents.Topology.ToTopology(precision);
        CheckParameterCount(contents, topology.ParameterCount);
        return new WeightFileInfo(WeightFileFormat.CurrentVersion, topology, contents.SkippedSections);
    }

    /// <summary>Checks the file against the network and decodes its parameters into a new array.</summary>
    private static T[] MatchNetwork<T>(INetwork<T> network, WeightFileContents contents)
        where T : unmanaged
    {
        byte elementType = ParameterCodec.ElementTypeOf<T>();
        string networkName = network.GetType().Name;
        if (contents.ElementType != elementType)
        {
            Precision needed = contents.ElementType == WeightFileFormat.Float64 ? Precision.Double : Precision.Single;
            throw new WeightFileException(
                WeightFileError.ElementTypeMismatch,
                $"The weight file holds {WeightFileFormat.ElementTypeName(contents.ElementType)} parameters, but {networkName} uses {WeightFileFormat.ElementTypeName(elementType)}: load it into a network declared with Precision = Precision.{needed}.");
        }

        NetworkTopology topology = network.Topology;
        IReadOnlyList<string> differences = contents.Topology.DifferencesFrom(topology);
        if (differences.Count > 0)
        {
            throw new WeightFileException(WeightFileError.TopologyMismatch, DescribeMismatch(networkName, topology, contents.Topology, differences));
        }

        CheckParameterCount(contents, topology.ParameterCount);
        var parameters = new T[contents.ParameterCount];
        ParameterCodec.Decode(contents.ParameterBytes.Span, parameters.AsSpan());
        return parameters;
    }

    private static void CheckParameterCount(WeightFileContents contents, int expected)
    {
        if (contents.ParameterCount != expected)
        {
            throw new WeightFileException(
                WeightFileError.Malformed,
                string.Create(CultureInfo.InvariantCulture, $"The weight file's topology needs {expected} parameters, but its parameter section holds {contents.ParameterCount}."));
        }
    }

    private static string DescribeMismatch(string networkName, NetworkTopology expected, StoredTopology found, IReadOnlyList<string> differences)
    {
        var message = new StringBuilder();
        message.Append("The weight file was saved from a network with another topology, so its weights do not fit ").Append(networkName).Append('.');
        message.AppendLine().Append("  expected (").Append(networkName).Append("): ").Append(StoredTopology.From(expected));
        message.AppendLine().Append("  found (the file): ").Append(found);
        foreach (string difference in differences)
        {
            message.AppendLine().Append("  ").Append(difference);
        }

        return message.ToString();
    }
}
