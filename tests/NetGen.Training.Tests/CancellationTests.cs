namespace NetGen.Training.Tests;

/// <summary>A cancelled Fit stops between two updates, leaving exactly the parameters of the updates it completed.</summary>
public class CancellationTests
{
    /// <summary>A constant rate that cancels the token when update <paramref name="cancelAt"/> asks for its rate, so the cancellation lands mid-epoch.</summary>
    private sealed class CancellingSchedule(double rate, long cancelAt, CancellationTokenSource source) : LearningRateSchedule
    {
        public override double Rate(long step)
        {
            if (step == cancelAt)
            {
                source.Cancel();
            }

            return rate;
        }
    }

    [Fact]
    public void Cancelling_mid_epoch_keeps_the_parameters_of_the_completed_train_steps()
    {
        using var source = new CancellationTokenSource();
        var net = new XorNet();
        net.InitializeParameters(seed: 4);
        var reference = new XorNet();
        reference.InitializeParameters(seed: 4);

        // Update 37 sees the cancellation only after it has asked for its rate: it completes, update 38 does not start.
        var options = new FitOptions { Epochs = 100, Shuffle = false, LearningRate = new CancellingSchedule(0.3, 37, source) };
        Assert.Throws<OperationCanceledException>(() => net.Fit(Datasets.XorInputs, Datasets.XorLabels, options, source.Token));

        for (int k = 0; k < 38; k++)
        {
            int i = k % 4;
            reference.TrainStep(Datasets.XorInputs.AsSpan(2 * i, 2), Datasets.XorLabels[i], 0.3f);
        }

        Assert.Equal(reference.Parameters.ToArray(), net.Parameters.ToArray());
    }

    [Fact]
    public void Cancelling_adam_mini_batches_keeps_the_parameters_of_whole_updates()
    {
        using var source = new CancellationTokenSource();
        (double[] x, double[] y) = Datasets.SmallRegression(10);
        var net = new SmallRegressionNet();
        net.InitializeParameters(seed: 8);
        var reference = new SmallRegressionNet();
        reference.InitializeParameters(seed: 8);

        var options = new FitOptions
        {
            Epochs = 100,
            BatchSize = 3,
            Shuffle = false,
            Optimizer = Optimizer.Adam(),
            LearningRate = new CancellingSchedule(0.01, 5, source),
        };
        Assert.Throws<OperationCanceledException>(() => net.Fit(x, y, options, source.Token));

        // Six whole updates: batches [0,3) [3,6) [6,9) [9,10) of epoch 1, then [0,3) [3,6) of epoch 2.
        OptimizerState<double> adam = Optimizer.Adam().CreateState<double>(SmallRegressionNet.ParameterCount);
        var gradient = new double[SmallRegressionNet.ParameterCount];
        foreach ((int start, int count) in new[] { (0, 3), (3, 3), (6, 3), (9, 1), (0, 3), (3, 3) })
        {
            Array.Clear(gradient);
            for (int i = start; i < start + count; i++)
            {
                reference.AccumulateGradient(x.AsSpan(2 * i, 2), y.AsSpan(2 * i, 2), gradient);
            }

            for (int p = 0; p < gradient.Length; p++)
            {
                gradient[p] *= 1.0 / count;
            }

            adam.Update(reference.Parameters, gradient, 0.01);
        }

        Assert.Equal(reference.Parameters.ToArray(), net.Parameters.ToArray());
    }

    [Fact]
    public void An_already_cancelled_token_changes_nothing()
    {
        var net = new XorNet();
        net.InitializeParameters(seed: 4);
        float[] before = net.Parameters.ToArray();

        Assert.Throws<OperationCanceledException>(() =>
            net.Fit(Datasets.XorInputs, Datasets.XorLabels, new FitOptions { Epochs = 3, LearningRate = 0.1 }, new CancellationToken(canceled: true)));

        Assert.Equal(before, net.Parameters.ToArray());
    }
}
