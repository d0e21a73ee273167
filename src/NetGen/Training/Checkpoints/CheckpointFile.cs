using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using NetGen.Persistence;

namespace NetGen.Training.Checkpoints;

/// <summary>
/// Saves a checkpoint (a weight file with optm and trng sections) atomically, and reads one back for a resumed
/// <c>Fit</c>, refusing any checkpoint that does not continue this run. Neither touches the network.
/// </summary>
internal static class CheckpointFile
{
    public static void Save<T>(string path, NetworkTopology topology, ReadOnlySpan<T> parameters, TrainingCheckpoint<T> checkpoint)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // The whole file is laid out before the temporary file exists, as WeightFile.Save does.
        byte[] file = WeightFileWriter.Write(
            topology,
            parameters,
            [
                (WeightFileFormat.OptimizerTag, CheckpointSections.EncodeOptimizer(checkpoint, parameters.Length)),
                (WeightFileFormat.TrainingTag, CheckpointSections.EncodeTraining(checkpoint)),
            ]);
        AtomicFile.Write(path, stream => stream.Write(file));
    }

    /// <summary>
    /// Reads the checkpoint at <paramref name="path"/> and checks, in this order: the weight file itself (as
    /// <c>Load</c> does: framing, checksum, element type, topology), that it is a checkpoint and well formed, that it was
    /// saved by this run (optimiser, hyperparameters, settings, row counts), and that it leaves epochs to run.
    /// </summary>
    /// <returns>The checkpoint's parameters and training state, for the trainer to install.</returns>
    public static (T[] Parameters, TrainingCheckpoint<T> Checkpoint) ReadForResume<T>(
        INetwork<T> network, string path, FitOptions options, RunSettings settings)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T[] parameters = WeightFile.ReadForNetwork(network, path, out WeightFileContents contents);
        TrainingCheckpoint<T> checkpoint = CheckpointSections.Decode<T>(contents);

        var differences = new List<string>();
        string requested = CheckpointSections.DescribeOptimizer(options.Optimizer.Kind, options.Optimizer.Hyperparameters);
        string stored = CheckpointSections.DescribeOptimizer(checkpoint.OptimizerKind, checkpoint.Hyperparameters);
        if (requested != stored)
        {
            differences.Add($"FitOptions.Optimizer: this Fit {requested}, the checkpoint {stored}");
        }

        differences.AddRange(settings.DifferencesFrom(checkpoint.Settings));
        if (differences.Count > 0)
        {
            var message = new StringBuilder(
                "The checkpoint was saved by another training run, so resuming from it would not continue that run; resume with the options it was saved with, or start a new run without ResumeFrom.");
            foreach (string difference in differences)
            {
                message.AppendLine().Append("  ").Append(difference);
            }

            throw new WeightFileException(WeightFileError.CheckpointMismatch, message.ToString());
        }

        // Same rule, so the same shape of state; anything else is a faulty writer.
        OptimizerState<T> fresh = options.Optimizer.CreateState<T>(parameters.Length);
        if (fresh.Vectors.Length != checkpoint.OptimizerVectors.Length || fresh.ScalarCount != checkpoint.OptimizerScalars.Length)
        {
            throw new WeightFileException(
                WeightFileError.Malformed,
                Invariant($"The checkpoint's 'optm' section holds {checkpoint.OptimizerVectors.Length} vectors and {checkpoint.OptimizerScalars.Length} scalars, but {stored} keeps {fresh.Vectors.Length} and {fresh.ScalarCount}."));
        }

        if ((options.Patience is null) != (checkpoint.BestParameters is null))
        {
            throw new WeightFileException(
                WeightFileError.Malformed,
                "The checkpoint's 'trng' section must hold the best epoch's parameters exactly when early stopping (Patience) is on.");
        }

        if (parameters.Any(p => !T.IsFinite(p)))
        {
            throw new WeightFileException(WeightFileError.Malformed, "The checkpoint's parameters hold NaN or infinity; a checkpoint is only saved from finite parameters.");
        }

        if (checkpoint.Epoch >= options.Epochs)
        {
            throw new ArgumentException(
                Invariant($"The checkpoint was saved after epoch {checkpoint.Epoch}, and FitOptions.Epochs (the epoch the run ends with) is {options.Epochs}: nothing is left to run. Raise Epochs to train further."),
                nameof(options));
        }

        return (parameters, checkpoint);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
