using System.Numerics;
using NetGen.Training.Optimizers;

namespace NetGen.Training.Checkpoints;

/// <summary>
/// Everything besides the parameters that <c>Fit</c> needs to continue a run exactly: the optimiser (optm section) and
/// the run's progress and settings (trng section). When saving, the arrays are the trainer's live buffers.
/// </summary>
internal sealed class TrainingCheckpoint<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public required OptimizerKind OptimizerKind { get; init; }

    /// <summary>The optimiser's hyperparameters by name, as <see cref="Optimizer.Hyperparameters"/> gives them.</summary>
    public required (string Name, double Value)[] Hyperparameters { get; init; }

    /// <summary>The optimiser state's scalars (Adam's b1^t, b2^t), bit for bit.</summary>
    public required double[] OptimizerScalars { get; init; }

    /// <summary>The optimiser state's vectors (v; m and s), each of the parameter count.</summary>
    public required T[][] OptimizerVectors { get; init; }

    /// <summary>The epochs completed, counted from 1 over the whole run; the resumed run starts with the next.</summary>
    public required int Epoch { get; init; }

    /// <summary>k: the updates made so far, so the schedule continues at eta_k.</summary>
    public required long Updates { get; init; }

    /// <summary>The shuffle generator's state after the last epoch's shuffle.</summary>
    public required ulong ShuffleState { get; init; }

    /// <summary>The sample order of the last epoch: each epoch shuffles the previous order, so it is state too.</summary>
    public required int[] Order { get; init; }

    /// <summary>The epoch with the lowest validation loss so far, or 0.</summary>
    public required int BestEpoch { get; init; }

    /// <summary>That lowest validation loss, or +infinity.</summary>
    public required double BestValidationLoss { get; init; }

    /// <summary>The parameters of <see cref="BestEpoch"/> when early stopping is on (they are restored at the end); else null.</summary>
    public required T[]? BestParameters { get; init; }

    public required RunSettings Settings { get; init; }

    /// <summary>A fresh state of <paramref name="optimizer"/> holding this checkpoint's buffers.</summary>
    public OptimizerState<T> RestoreOptimizerState(Optimizer optimizer, int parameterCount)
    {
        OptimizerState<T> state = optimizer.CreateState<T>(parameterCount);
        T[][] vectors = state.Vectors;
        for (int i = 0; i < vectors.Length; i++)
        {
            OptimizerVectors[i].CopyTo(vectors[i], 0);
        }

        state.ImportScalars(OptimizerScalars);
        return state;
    }
}
