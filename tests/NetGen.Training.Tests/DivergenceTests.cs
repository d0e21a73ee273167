namespace NetGen.Training.Tests;

/// <summary>Training that blows up stops with a typed exception and gives back the last finite parameters.</summary>
public class DivergenceTests
{
    // h(x) = w x + b on x = 3 with learning rate 1: each update multiplies the error by about -9, so the loss
    // overflows to infinity after some 80 epochs of 4 updates.
    private static readonly double[] X = [3, 3, 3, 3];
    private static readonly double[] Y = [1, 1, 1, 1];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Divergence_is_reported_with_its_epoch_and_the_parameters_of_that_epochs_start_are_restored(int batchSize)
    {
        var net = new LineNet();
        net.Parameters[0] = 0.1;
        net.Parameters[1] = 0.0;
        double[] lastGood = net.Parameters.ToArray();
        var recorder = new Recorder(_ => lastGood = net.Parameters.ToArray());

        var error = Assert.Throws<TrainingDivergedException>(() =>
            net.Fit(X, Y, new FitOptions { Epochs = 1000, BatchSize = batchSize, LearningRate = 1.0, Progress = recorder }));

        Assert.Equal(recorder.Reports.Count + 1, error.Epoch);
        Assert.True(error.Epoch > 10, $"diverged in epoch {error.Epoch}: the setup should take a while to overflow");
        Assert.Contains($"epoch {error.Epoch}", error.Message);
        Assert.Equal(lastGood, net.Parameters.ToArray());
        Assert.All(net.Parameters.ToArray(), p => Assert.True(double.IsFinite(p)));
    }

    [Fact]
    public void A_fused_step_that_overflows_is_rethrown_as_divergence_with_the_cause_inside()
    {
        var net = new LineNet();
        net.Parameters[0] = 0.1;

        var error = Assert.Throws<TrainingDivergedException>(() => net.Fit(X, Y, new FitOptions { Epochs = 1000, LearningRate = 1.0 }));

        Assert.IsType<ArithmeticException>(error.InnerException);
        Assert.IsAssignableFrom<ArithmeticException>(error);
    }

    [Fact]
    public void Clipping_keeps_the_same_run_bounded()
    {
        var net = new LineNet();
        net.Parameters[0] = 0.1;

        // The same learning rate of 1, but no step can be longer than 1: the error oscillates instead of growing.
        TrainingHistory history = net.Fit(X, Y, new FitOptions { Epochs = 200, LearningRate = 1.0, MaxGradientNorm = 1.0 });

        Assert.Equal(200, history.Count);
        Assert.All(history, e => Assert.True(e.TrainingLoss < 10, $"epoch {e.Epoch}: J = {e.TrainingLoss}"));
    }

    [Fact]
    public void A_schedule_that_underflows_stops_before_the_update()
    {
        var net = new XorNet();
        net.InitializeParameters(seed: 1);

        // 0.5 * 1e-30^k is below the smallest float after two updates.
        var error = Assert.Throws<InvalidOperationException>(() => net.Fit(Datasets.XorInputs, Datasets.XorLabels, new FitOptions
        {
            Epochs = 2,
            LearningRate = LearningRateSchedule.Step(0.5, 1e-30, 1),
        }));

        Assert.Contains("k = 2", error.Message);
        Assert.All(net.Parameters.ToArray(), p => Assert.True(float.IsFinite(p)));
    }
}
