namespace NetGen.Training.Tests;

public class EarlyStoppingTests
{
    [Fact]
    public void Early_stopping_ends_after_patience_epochs_without_improvement_and_restores_the_best_weights()
    {
        // Train h(x) = w x + b towards y = 2x but validate against y = x: starting from w = 0, the validation loss falls
        // until w passes 1 and then rises, so the best epoch is in the middle of the run.
        double[] x = [-1, -0.5, 0.5, 1];
        double[] trainY = x.Select(v => 2 * v).ToArray();
        double[] validY = x.ToArray();
        var net = new LineNet();
        net.Parameters.Clear();
        var snapshots = new List<double[]>();
        var recorder = new Recorder(_ => snapshots.Add(net.Parameters.ToArray()));

        TrainingHistory history = net.Fit(x, trainY, x, validY, new FitOptions
        {
            Epochs = 50,
            LearningRate = 0.05,
            Patience = 3,
            Progress = recorder,
        });

        int best = 1 + history.Select((e, i) => (e.ValidationLoss!.Value, i)).Min().i;
        Assert.True(best > 2, $"best epoch {best}: the setup should improve for a few epochs first");
        Assert.True(history.StoppedEarly);
        Assert.Equal(best, history.BestEpoch);
        Assert.Equal(best + 3, history.Count);
        Assert.Equal(snapshots[best - 1], net.Parameters.ToArray());
        Assert.NotEqual(snapshots[^1], net.Parameters.ToArray());
    }

    [Fact]
    public void A_run_that_keeps_improving_is_not_stopped()
    {
        var net = new LineNet();
        net.Parameters.Clear();
        double[] x = [-1, 1];
        double[] y = [-2, 2];

        TrainingHistory history = net.Fit(x, y, x, y, new FitOptions { Epochs = 20, LearningRate = 0.05, Patience = 2 });

        Assert.False(history.StoppedEarly);
        Assert.Equal(20, history.Count);
        Assert.Equal(20, history.BestEpoch);
    }

    [Fact]
    public void Patience_without_validation_data_is_rejected()
    {
        var net = new LineNet();
        var error = Assert.Throws<ArgumentException>(() => net.Fit([1.0], [1.0], new FitOptions { Epochs = 5, LearningRate = 0.1, Patience = 2 }));
        Assert.Contains("validation", error.Message);
    }
}
