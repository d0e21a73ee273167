using System;
using System.Collections.Generic;

namespace NetGen.Persistence;

/// <summary>A weight file whose framing, checksum and sections have been validated, not yet matched to a network.</summary>
/// <param name="ElementType">The element type code, <see cref="WeightFileFormat.Float32"/> or <see cref="WeightFileFormat.Float64"/>.</param>
/// <param name="Topology">The topology fingerprint of the TOPO section.</param>
/// <param name="ParameterCount">The count the PARM section declares; its bytes hold exactly that many values.</param>
/// <param name="ParameterBytes">The little-endian parameter values.</param>
/// <param name="SkippedSections">The tags of ancillary sections this version does not know, in file order.</param>
internal sealed record WeightFileContents(
    byte ElementType,
    StoredTopology Topology,
    int ParameterCount,
    ReadOnlyMemory<byte> ParameterBytes,
    IReadOnlyList<string> SkippedSections);
