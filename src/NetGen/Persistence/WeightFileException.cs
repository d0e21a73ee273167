using System;
using System.IO;

namespace NetGen.Persistence;

/// <summary>Why a weight file was rejected; see <see cref="WeightFileException.Reason"/>.</summary>
public enum WeightFileError
{
    /// <summary>The data does not start with the NetGen weight-file magic: it is empty, or another kind of file.</summary>
    NotAWeightFile = 0,

    /// <summary>The file was written in a format version (or needs a section) that this version of NetGen cannot read.</summary>
    UnsupportedVersion = 1,

    /// <summary>The file holds float parameters and the network uses double, or the other way round.</summary>
    ElementTypeMismatch = 2,

    /// <summary>The file was saved from a network with another input size, layers, activations or loss.</summary>
    TopologyMismatch = 3,

    /// <summary>The data ends before the length the file declares: a copy or download was cut short.</summary>
    Truncated = 4,

    /// <summary>The stored CRC-32 does not match the contents: some bytes were changed after saving.</summary>
    ChecksumMismatch = 5,

    /// <summary>The checksum matches, but the contents break the format's rules (a file written by a faulty tool).</summary>
    Malformed = 6,

    /// <summary>Training was asked to resume from a valid weight file that is not a checkpoint (it has no optm or trng section).</summary>
    NotACheckpoint = 7,

    /// <summary>
    /// The checkpoint was saved by another training run: another optimiser or hyperparameters, other training options, or
    /// another number of training or validation rows, so resuming would not continue that run.
    /// </summary>
    CheckpointMismatch = 8,
}

/// <summary>
/// Thrown when a NetGen weight file cannot be loaded. Loading validates the whole file before it touches the network,
/// so when this is thrown the network still holds the parameters it had before the call.
/// </summary>
public sealed class WeightFileException : IOException
{
    /// <summary>Creates an exception for <paramref name="reason"/> with a message that explains it.</summary>
    /// <param name="reason">What is wrong with the file.</param>
    /// <param name="message">A sentence that names the problem and, where it helps, what was expected and found.</param>
    public WeightFileException(WeightFileError reason, string message)
        : base(message) => Reason = reason;

    /// <summary>Creates an exception for <paramref name="reason"/> caused by <paramref name="innerException"/>.</summary>
    /// <param name="reason">What is wrong with the file.</param>
    /// <param name="message">A sentence that names the problem.</param>
    /// <param name="innerException">The error that revealed it.</param>
    public WeightFileException(WeightFileError reason, string message, Exception innerException)
        : base(message, innerException) => Reason = reason;

    /// <summary>What is wrong with the file.</summary>
    public WeightFileError Reason { get; }
}
