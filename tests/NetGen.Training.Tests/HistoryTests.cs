using Xunit;

namespace NetGen.Training.Tests;

/// <summary>
/// The history keeps one column per figure the run reports; what it gives back must be exactly what was reported to
/// IProgress epoch by epoch, with null where the run has no such figure.
/// </summary>
public class HistoryTests
{
    [Fact]
    public void A_classifier_with_validation_data_reports_every_figure_and_the_history_repeats_the_progress_reports()
    {
        (float[] x, float[] y) = Datasets.Iris();
        var net = new IrisNet();
        net.InitializeParameters(seed: 3);
        var recorder = new Recorder();

        TrainingHistory history = net.Fit(
            x.AsSpan(0, 100 * 4), y.AsSpan(0, 100), x.AsSpan(100 * 4), y.AsSpan(100), new FitOptions
            {
                Epochs = 7,
                LearningRate = LearningRateSchedule.InverseTime(0.05, 50),
                Progress = recorder,
            });

        Assert.Equal(7, history.Count);
        Assert.Equal(recorder.Reports, history);
        Assert.Equal(recorder.Reports[^1], history.Last);
        for (int i = 0; i < history.Count; i++)
        {
            EpochReport e = history[i];
            Assert.Equal(i + 1, e.Epoch);
            Assert.Equal(7, e.EpochCount);
            Assert.NotNull(e.TrainingLoss);
            Assert.NotNull(e.ValidationLoss);
            Assert.InRange(e.ValidationAccuracy!.Value, 0, 1);
            Assert.Equal(LearningRateSchedule.InverseTime(0.05, 50).Rate(((i + 1) * 100) - 1), e.LearningRate);
        }
    }

    [Fact]
    public void Regression_with_validation_data_has_no_accuracy()
    {
        (float[] x, float[] y) = Datasets.Sine(40);
        var net = new SineNet();
        net.InitializeParameters(seed: 1);

        TrainingHistory history = net.Fit(x.AsSpan(0, 30), y.AsSpan(0, 30), x.AsSpan(30), y.AsSpan(30), new FitOptions
        {
            Epochs = 3,
            LearningRate = 0.01,
            EvaluateTrainingLoss = false,
        });

        Assert.All(history, e =>
        {
            Assert.Null(e.TrainingLoss);
            Assert.NotNull(e.ValidationLoss);
            Assert.Null(e.ValidationAccuracy);
        });
    }

    [Fact]
    public void Reading_past_the_epochs_that_ran_is_an_error()
    {
        var net = new XorNet();
        net.InitializeParameters(seed: 1);
        TrainingHistory history = net.Fit(Datasets.XorInputs, Datasets.XorLabels, new FitOptions { Epochs = 2, LearningRate = 0.1 });

        Assert.Throws<ArgumentOutOfRangeException>(() => history[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => history[-1]);
        Assert.Equal(2, history.Last.Epoch);
    }
}
