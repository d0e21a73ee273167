using System;
using System.Globalization;
using System.IO;
using System.Numerics;
using System.Threading;
using NetGen.Training.Checkpoints;

namespace NetGen.Training;

/// <summary>Trains any generated network on rows of data: <c>net.Fit(inputs, targets, options)</c>.</summary>
public static class FitExtensions
{
    /// <summary>
    /// Trains <paramref name="network"/> from its current parameters, minimising J(theta) = 1/n sum_i Loss(y_i, h(x_i; theta))
    /// by mini-batch gradient descent as set by <paramref name="options"/>. A new network already holds small random
    /// Gaussian weights (its <c>DefaultSeed</c>'s); call <c>InitializeParameters</c> to start again from those of a seed.
    /// </summary>
    /// <remarks>
    /// <para>All data and options are checked before any parameter changes. With batch size 1, plain SGD, no weight decay
    /// and no clipping, each sample is one call of the network's fused <c>TrainStep</c>.</para>
    /// <para>Allocation happens only at the start (shuffle order, history, one or two parameter snapshots, and the
    /// gradient and optimizer buffers when needed) and when a checkpoint is saved; the other epochs allocate nothing.</para>
    /// <para>With <see cref="FitOptions.Checkpoint"/> the run saves checkpoints; with <see cref="FitOptions.ResumeFrom"/>
    /// it continues one, giving bitwise the parameters the uninterrupted run would have (docs/training.md).</para>
    /// <para>Same data, options and initial parameters give bitwise the same parameters. Fit modifies the network: make
    /// no other calls on it from other threads while it runs.</para>
    /// </remarks>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>, the network's element type.</typeparam>
    /// <param name="network">The network to train; its parameters are updated in place.</param>
    /// <param name="inputs">n rows of <see cref="INetwork{T}.InputSize"/> inputs, row-major; finite.</param>
    /// <param name="targets">
    /// n rows of <see cref="INetwork{T}.TargetSize"/> targets: a label +1 or -1 (Hinge, Logistic), a class index 0, 1, ...
    /// (SoftmaxCrossEntropy), or <see cref="INetwork{T}.OutputSize"/> finite values (SquaredError).
    /// </param>
    /// <param name="options">Epochs, learning rate, batch size, optimizer and the rest.</param>
    /// <param name="cancellationToken">Checked before every update: a cancelled run stops between two updates, never in one.</param>
    /// <returns>One <see cref="EpochReport"/> per epoch.</returns>
    /// <exception cref="ArgumentException">The data or options are invalid (see the message); nothing was changed.</exception>
    /// <exception cref="TrainingDivergedException">The loss, gradient or parameters became NaN or infinite; the parameters were restored to the start of that epoch.</exception>
    /// <exception cref="InvalidOperationException">The parameters held NaN or infinity before training (nothing was changed), or the learning-rate schedule gave a rate that is not positive and finite (the parameters are those after the last update).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the parameters are those after the last complete update.</exception>
    /// <exception cref="Persistence.WeightFileException">The <see cref="FitOptions.ResumeFrom"/> file is damaged, not a checkpoint, or from another network or run (see <see cref="Persistence.WeightFileException.Reason"/>); nothing was changed.</exception>
    /// <exception cref="IOException">The <see cref="FitOptions.ResumeFrom"/> file cannot be read (nothing was changed), or saving a checkpoint failed (the parameters are those of the epoch just completed; the previous checkpoint file is intact).</exception>
    public static TrainingHistory Fit<T>(
        this INetwork<T> network,
        ReadOnlySpan<T> inputs,
        ReadOnlySpan<T> targets,
        FitOptions options,
        CancellationToken cancellationToken = default)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        CheckOptions(options, hasValidation: false);
        int rows = TrainingData.CountRows(network, inputs, targets, nameof(inputs), nameof(targets), requireFinite: true);
        var resume = ReadResumeCheckpoint(network, options, rows, validationRows: 0);
        var trainer = new Trainer<T>(network, options, rows, validationRows: 0, resume, cancellationToken);
        return trainer.Run(inputs, targets, default, default);
    }

    /// <summary>
    /// Trains <paramref name="network"/> as <see cref="Fit{T}(INetwork{T}, ReadOnlySpan{T}, ReadOnlySpan{T}, FitOptions, CancellationToken)"/>
    /// does, and after each epoch measures the loss (and, for classifiers, the accuracy) on held-out validation rows,
    /// which <see cref="FitOptions.Patience"/> uses for early stopping.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>, the network's element type.</typeparam>
    /// <param name="network">The network to train; its parameters are updated in place.</param>
    /// <param name="inputs">n rows of <see cref="INetwork{T}.InputSize"/> inputs, row-major; finite.</param>
    /// <param name="targets">n rows of <see cref="INetwork{T}.TargetSize"/> targets, in the loss's form.</param>
    /// <param name="validationInputs">m rows of validation inputs; finite, not empty.</param>
    /// <param name="validationTargets">m rows of validation targets.</param>
    /// <param name="options">Epochs, learning rate, batch size, optimizer and the rest.</param>
    /// <param name="cancellationToken">Checked before every update: a cancelled run stops between two updates, never in one.</param>
    /// <returns>One <see cref="EpochReport"/> per epoch, with validation loss and accuracy.</returns>
    /// <exception cref="ArgumentException">The data or options are invalid (see the message); nothing was changed.</exception>
    /// <exception cref="TrainingDivergedException">The loss, gradient or parameters became NaN or infinite; the parameters were restored to the start of that epoch.</exception>
    /// <exception cref="InvalidOperationException">The parameters held NaN or infinity before training (nothing was changed), or the learning-rate schedule gave a rate that is not positive and finite (the parameters are those after the last update).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the parameters are those after the last complete update.</exception>
    /// <exception cref="Persistence.WeightFileException">The <see cref="FitOptions.ResumeFrom"/> file is damaged, not a checkpoint, or from another network or run (see <see cref="Persistence.WeightFileException.Reason"/>); nothing was changed.</exception>
    /// <exception cref="IOException">The <see cref="FitOptions.ResumeFrom"/> file cannot be read (nothing was changed), or saving a checkpoint failed (the parameters are those of the epoch just completed; the previous checkpoint file is intact).</exception>
    public static TrainingHistory Fit<T>(
        this INetwork<T> network,
        ReadOnlySpan<T> inputs,
        ReadOnlySpan<T> targets,
        ReadOnlySpan<T> validationInputs,
        ReadOnlySpan<T> validationTargets,
        FitOptions options,
        CancellationToken cancellationToken = default)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        CheckOptions(options, hasValidation: true);
        int rows = TrainingData.CountRows(network, inputs, targets, nameof(inputs), nameof(targets), requireFinite: true);
        int validationRows = TrainingData.CountRows(
            network, validationInputs, validationTargets, nameof(validationInputs), nameof(validationTargets), requireFinite: true);
        var resume = ReadResumeCheckpoint(network, options, rows, validationRows);
        var trainer = new Trainer<T>(network, options, rows, validationRows, resume, cancellationToken);
        return trainer.Run(inputs, targets, validationInputs, validationTargets);
    }

    private static void CheckOptions(FitOptions options, bool hasValidation)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Epochs <= 0)
        {
            throw Invalid($"FitOptions.Epochs must be positive, but was {options.Epochs}.");
        }

        if (options.BatchSize <= 0)
        {
            throw Invalid($"FitOptions.BatchSize must be positive, but was {options.BatchSize}.");
        }

        if (options.LearningRate is null)
        {
            throw Invalid($"FitOptions.LearningRate must be set.");
        }

        double firstRate = options.LearningRate.Rate(0);
        if (!(firstRate > 0) || double.IsInfinity(firstRate))
        {
            throw Invalid($"The learning rate must be positive and finite, but FitOptions.LearningRate starts at {firstRate}.");
        }

        if (options.Optimizer is null)
        {
            throw Invalid($"FitOptions.Optimizer must be set.");
        }

        if (!(options.WeightDecay >= 0) || double.IsInfinity(options.WeightDecay))
        {
            throw Invalid($"FitOptions.WeightDecay must be zero or positive and finite, but was {options.WeightDecay}.");
        }

        if (options.MaxGradientNorm is double norm && (!(norm > 0) || double.IsInfinity(norm)))
        {
            throw Invalid($"FitOptions.MaxGradientNorm must be positive and finite, but was {norm}.");
        }

        if (options.Patience is int patience)
        {
            if (patience <= 0)
            {
                throw Invalid($"FitOptions.Patience must be positive, but was {patience}.");
            }

            if (!hasValidation)
            {
                throw Invalid($"FitOptions.Patience stops on the validation loss, so it needs validation data: use the Fit overload that takes validationInputs and validationTargets.");
            }
        }

        if (options.ResumeFrom is { Length: 0 })
        {
            throw Invalid($"FitOptions.ResumeFrom must be a checkpoint's path, or null for a fresh run, but was empty.");
        }

        if (options.Checkpoint is { } checkpoint)
        {
            if (checkpoint.EveryEpochs <= 0)
            {
                throw Invalid($"FitOptions.Checkpoint.EveryEpochs must be positive, but was {checkpoint.EveryEpochs}.");
            }

            // Found now rather than after the first epochs of a long run.
            string? folder = string.IsNullOrEmpty(checkpoint.Path) ? null : Path.GetDirectoryName(Path.GetFullPath(checkpoint.Path));
            if (folder is null || !Directory.Exists(folder) || Directory.Exists(checkpoint.Path))
            {
                throw Invalid($"FitOptions.Checkpoint.Path must name a file in an existing folder, but was '{checkpoint.Path}'.");
            }
        }
    }

    /// <summary>The validated checkpoint of <see cref="FitOptions.ResumeFrom"/>, or null for a fresh run; reads, never writes, the network.</summary>
    private static (T[] Parameters, TrainingCheckpoint<T> Checkpoint)? ReadResumeCheckpoint<T>(INetwork<T> network, FitOptions options, int rows, int validationRows)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        options.ResumeFrom is null
            ? null
            : CheckpointFile.ReadForResume(network, options.ResumeFrom, options, RunSettings.From(options, rows, validationRows));

    private static ArgumentException Invalid(FormattableString message) =>
        new(message.ToString(CultureInfo.InvariantCulture), "options");
}
