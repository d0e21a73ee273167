using System;

namespace NetGen.Training;

/// <summary>
/// The settings of <see cref="FitExtensions.Fit{T}(INetwork{T}, ReadOnlySpan{T}, ReadOnlySpan{T}, FitOptions, System.Threading.CancellationToken)"/>.
/// Only <see cref="Epochs"/> and <see cref="LearningRate"/> must be given; the defaults are the lecture's SGD: one sample
/// at a time, shuffled each epoch, plain updates.
/// </summary>
/// <remarks>
/// Each update k takes a mini-batch of <see cref="BatchSize"/> samples and computes, in this order:
/// g = the mean of dLoss/dtheta over the batch; g scaled down to norm <see cref="MaxGradientNorm"/> if it is longer;
/// g + <see cref="WeightDecay"/> * W on the weights (not the biases); then the <see cref="Optimizer"/>'s rule with
/// eta_k from <see cref="LearningRate"/>.
/// </remarks>
public sealed record FitOptions
{
    /// <summary>The number of passes over the training data; positive.</summary>
    public required int Epochs { get; init; }

    /// <summary>
    /// The schedule of eta_k, k counting updates (mini-batches) from 0 over the whole run. A <see cref="double"/> converts
    /// to a constant schedule: <c>LearningRate = 0.1</c>.
    /// </summary>
    public required LearningRateSchedule LearningRate { get; init; }

    /// <summary>
    /// The samples per update; positive, default 1 (the lecture's SGD). With B &gt; 1 the gradient is the mean over B
    /// samples; the last batch of an epoch may be smaller, and is averaged over its own size.
    /// </summary>
    public int BatchSize { get; init; } = 1;

    /// <summary>Whether to visit the samples in a new random order each epoch (default true); false keeps the given order.</summary>
    public bool Shuffle { get; init; } = true;

    /// <summary>The seed of the shuffle. The same seed, data, options and initial parameters give bitwise the same result.</summary>
    public int Seed { get; init; }

    /// <summary>The update rule; default <see cref="Training.Optimizer.Sgd()"/>.</summary>
    public Optimizer Optimizer { get; init; } = Optimizer.Sgd();

    /// <summary>
    /// lambda of the L2 penalty lambda/2 ||W||^2 added to J(theta): each update adds lambda * w to the gradient of every
    /// weight (biases are not decayed). Zero (the default) or positive.
    /// </summary>
    public double WeightDecay { get; init; }

    /// <summary>If set, a mini-batch gradient longer than this (Euclidean norm) is scaled down to this length. Positive.</summary>
    public double? MaxGradientNorm { get; init; }

    /// <summary>
    /// Early stopping: if set, training stops once the validation loss has not improved for this many epochs, and the
    /// network gets back the parameters of the epoch with the lowest validation loss. Needs validation data; positive.
    /// </summary>
    public int? Patience { get; init; }

    /// <summary>
    /// Whether to measure J(theta) = 1/n sum Loss on all training rows after each epoch (default true), for
    /// <see cref="EpochReport.TrainingLoss"/>. It costs one forward pass over the data per epoch; without it the history
    /// still has <see cref="EpochReport.RunningLoss"/>, which is free.
    /// </summary>
    public bool EvaluateTrainingLoss { get; init; } = true;

    /// <summary>
    /// Receives an <see cref="EpochReport"/> after every epoch, on the training thread (after that epoch's checkpoint, if
    /// one was due, is on the disk).
    /// </summary>
    public IProgress<EpochReport>? Progress { get; init; }

    /// <summary>If set, <c>Fit</c> saves a checkpoint to resume from at the epochs it names; none by default.</summary>
    public CheckpointOptions? Checkpoint { get; init; }

    /// <summary>
    /// If set, the checkpoint file to continue from: <c>Fit</c> loads its weights, optimiser state, update count and
    /// shuffle state, and runs the epochs after the checkpoint's up to <see cref="Epochs"/> (which counts the whole run),
    /// giving bitwise the parameters an uninterrupted run would have reached.
    /// </summary>
    /// <remarks>
    /// The checkpoint must come from a run of this network with the same optimiser and hyperparameters, batch size,
    /// shuffle and seed, weight decay, gradient clipping, patience, and numbers of training and validation rows; anything
    /// else is refused with a <see cref="Persistence.WeightFileException"/> (reason
    /// <see cref="Persistence.WeightFileError.CheckpointMismatch"/>) before the network changes. The learning-rate schedule
    /// is code and is not stored: pass the same one to continue the run exactly (it resumes at the stored k).
    /// </remarks>
    public string? ResumeFrom { get; init; }
}
