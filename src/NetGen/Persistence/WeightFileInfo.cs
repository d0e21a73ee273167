using System.Collections.Generic;

namespace NetGen.Persistence;

/// <summary>What a weight file holds, read and validated by <see cref="WeightFile.ReadInfo(System.IO.Stream)"/> without a network.</summary>
public sealed class WeightFileInfo
{
    internal WeightFileInfo(int formatVersion, NetworkTopology topology, IReadOnlyList<string> skippedSections)
    {
        FormatVersion = formatVersion;
        Topology = topology;
        SkippedSections = skippedSections;
    }

    /// <summary>The format version of the file.</summary>
    public int FormatVersion { get; }

    /// <summary>
    /// The topology of the network the file was saved from, with the file's element type as its precision; declare a class
    /// with this input size, these layers and this loss to load it.
    /// </summary>
    public NetworkTopology Topology { get; }

    /// <summary>
    /// The four-character tags of the ancillary sections that loading weights skips, in file order: a checkpoint's
    /// <c>optm</c> and <c>trng</c>, or sections of a newer NetGen.
    /// </summary>
    public IReadOnlyList<string> SkippedSections { get; }
}
