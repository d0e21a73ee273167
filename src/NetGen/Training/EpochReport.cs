namespace NetGen.Training;

/// <summary>What one epoch of training did, as reported to <see cref="FitOptions.Progress"/> and kept in <see cref="TrainingHistory"/>.</summary>
/// <param name="Epoch">The epoch, counted from 1.</param>
/// <param name="EpochCount">The epochs the run was asked for (it may stop earlier).</param>
/// <param name="LearningRate">eta_k of the epoch's last update.</param>
/// <param name="RunningLoss">The mean of the losses of the epoch's samples, each measured just before the update it took part in.</param>
/// <param name="TrainingLoss">J(theta) = 1/n sum Loss on the training data after the epoch; null when <see cref="FitOptions.EvaluateTrainingLoss"/> is off.</param>
/// <param name="ValidationLoss">The mean loss on the validation data after the epoch; null without validation data.</param>
/// <param name="ValidationAccuracy">The fraction of validation samples classified correctly; null without validation data or for regression.</param>
public readonly record struct EpochReport(
    int Epoch,
    int EpochCount,
    double LearningRate,
    double RunningLoss,
    double? TrainingLoss,
    double? ValidationLoss,
    double? ValidationAccuracy);
