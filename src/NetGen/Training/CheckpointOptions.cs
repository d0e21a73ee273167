using System;

namespace NetGen.Training;

/// <summary>
/// Where and how often <c>Fit</c> saves a checkpoint: the weights plus everything a later <c>Fit</c> needs, through
/// <see cref="FitOptions.ResumeFrom"/>, to continue the run bit for bit as if it had never stopped (the optimiser's
/// buffers, the update count k, the shuffle generator and order, the early-stopping bookkeeping).
/// </summary>
/// <remarks>
/// A checkpoint is a weight file (docs/persistence.md) with two more sections, <c>optm</c> and <c>trng</c>, so
/// <c>net.Load(path)</c> loads its weights like any weight file's. Each save replaces the file atomically (see
/// <see cref="Persistence.AtomicFile"/>): a crash while saving leaves the previous checkpoint, never half of one.
/// </remarks>
public sealed record CheckpointOptions
{
    /// <summary>The checkpoint file, created or replaced at each save; its folder must exist when <c>Fit</c> starts.</summary>
    public required string Path { get; init; }

    /// <summary>
    /// Save after every epoch whose number (counted from 1 over the whole run) is a multiple of this; positive, default 1.
    /// The last epoch of a run, and an epoch after which early stopping ends it, are always saved as well.
    /// </summary>
    public int EveryEpochs { get; init; } = 1;
}
