using System;
using System.Collections.Generic;

namespace NetGen.Persistence;

/// <summary>A weight file whose framing, checksum and sections have been validated, not yet matched to a network.</summary>
/// <param name="ElementType">The element type code, <see cref="WeightFileFormat.Float32"/> or <see cref="WeightFileFormat.Float64"/>.</param>
/// <param name="Topology">The topology fingerprint of the TOPO section.</param>
/// <param name="ParameterCount">The count the PARM section declares; its bytes hold exactly that many values.</param>
/// <param name="ParameterBytes">The little-endian parameter values.</param>
/// <param name="SkippedSections">The tags of the ancillary sections, which loading weights skips, in file order.</param>
/// <param name="AncillarySections">The same sections with their payloads, for readers that understand some of them (checkpoints).</param>
internal sealed record WeightFileContents(
    byte ElementType,
    StoredTopology Topology,
    int ParameterCount,
    ReadOnlyMemory<byte> ParameterBytes,
    IReadOnlyList<string> SkippedSections,
    IReadOnlyList<AncillarySection> AncillarySections);

/// <summary>A lower-case (ancillary) section of a weight file: its tag and payload.</summary>
/// <param name="Tag">The four tag characters as a little-endian number, as <see cref="WeightFileFormat"/> defines tags.</param>
/// <param name="Payload">The section's bytes, after its 12-byte header.</param>
internal readonly record struct AncillarySection(uint Tag, ReadOnlyMemory<byte> Payload);
