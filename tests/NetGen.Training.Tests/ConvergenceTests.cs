namespace NetGen.Training.Tests;

/// <summary>Fit minimises J(theta) on the three problems of the examples.</summary>
public class ConvergenceTests
{
    [Fact]
    public void Fit_with_the_lectures_sgd_solves_xor()
    {
        var net = new XorNet();
        net.InitializeParameters(seed: 7);
        double before = net.MeanLoss(Datasets.XorInputs, Datasets.XorLabels);

        TrainingHistory history = net.Fit(Datasets.XorInputs, Datasets.XorLabels, new FitOptions
        {
            Epochs = 1000,
            LearningRate = LearningRateSchedule.InverseTime(0.5, 200),
        });

        Assert.True(history.Last.TrainingLoss < before / 10, $"J went from {before} to {history.Last.TrainingLoss}.");
        Assert.Equal(1.0, net.Accuracy(Datasets.XorInputs, Datasets.XorLabels));
    }

    [Fact]
    public void Fit_solves_xor_from_a_new_network_where_zero_weights_could_not()
    {
        var options = new FitOptions { Epochs = 1000, LearningRate = LearningRateSchedule.InverseTime(0.5, 200) };
        var fresh = new XorNet(); // no InitializeParameters: the default seed's weights
        var zero = new XorNet();
        zero.Parameters.Clear(); // what `new` gave before: every hidden unit alike, and alike forever

        fresh.Fit(Datasets.XorInputs, Datasets.XorLabels, options);
        zero.Fit(Datasets.XorInputs, Datasets.XorLabels, options);

        Assert.Equal(1.0, fresh.Accuracy(Datasets.XorInputs, Datasets.XorLabels));
        Assert.True(zero.Accuracy(Datasets.XorInputs, Datasets.XorLabels) < 1.0, "zero weights solved XOR: the contrast is gone");
    }

    [Fact]
    public void Fit_learns_the_sine_from_a_new_network_far_better_than_from_zero_weights()
    {
        (float[] x, float[] y) = Datasets.Sine(256);
        var options = new FitOptions { Epochs = 300, LearningRate = LearningRateSchedule.InverseTime(0.05, 20_000) };
        var fresh = new SineNet();
        var zero = new SineNet();
        zero.Parameters.Clear();

        fresh.Fit(x, y, options);
        zero.Fit(x, y, options);

        // From zero weights only b(2) learns: h(2) = tanh(0) = 0 and W(2) = 0 stop every other gradient, so the fit is a constant.
        double freshError = fresh.MeanSquaredError(x, y);
        double zeroError = zero.MeanSquaredError(x, y);
        Assert.True(freshError < 0.02, $"MSE from new: {freshError}");
        Assert.True(freshError < zeroError / 10, $"MSE from new {freshError} against {zeroError} from zeros");
    }

    [Fact]
    public void Fit_with_adam_fits_the_sine_closely()
    {
        var net = new SineNet();
        net.InitializeParameters(seed: 1);
        (float[] x, float[] y) = Datasets.Sine(64);
        double before = net.MeanLoss(x, y);

        net.Fit(x, y, new FitOptions
        {
            Epochs = 600,
            BatchSize = 8,
            Optimizer = Optimizer.Adam(),
            LearningRate = LearningRateSchedule.Cosine(0.02, 600 * 8, 0.0005),
        });

        Assert.True(net.MeanLoss(x, y) < before / 100, $"J went from {before} to {net.MeanLoss(x, y)}.");
        Assert.True(net.MaxError(x, y) < 0.05, $"max error {net.MaxError(x, y)}");
    }

    [Fact]
    public void Fit_classifies_held_out_iris_flowers()
    {
        (float[] inputs, float[] classes) = Datasets.Iris();
        var standardizer = Standardizer.Fit<float>(inputs, 4);
        standardizer.Transform<float>(inputs);

        // Every fifth flower is held out; the rest trains.
        var trainX = new List<float>();
        var trainY = new List<float>();
        var testX = new List<float>();
        var testY = new List<float>();
        for (int i = 0; i < classes.Length; i++)
        {
            (i % 5 == 0 ? testX : trainX).AddRange(inputs.AsSpan(4 * i, 4).ToArray());
            (i % 5 == 0 ? testY : trainY).Add(classes[i]);
        }

        var net = new IrisNet();
        net.InitializeParameters(seed: 3);
        double before = net.MeanLoss(trainX.ToArray(), trainY.ToArray());

        TrainingHistory history = net.Fit(trainX.ToArray(), trainY.ToArray(), testX.ToArray(), testY.ToArray(), new FitOptions
        {
            Epochs = 100,
            LearningRate = 0.02,
            Optimizer = Optimizer.Momentum(0.9, nesterov: true),
            BatchSize = 4,
        });

        Assert.True(history.Last.TrainingLoss < before / 5, $"J went from {before} to {history.Last.TrainingLoss}.");
        Assert.True(history.Last.ValidationAccuracy >= 0.93, $"test accuracy {history.Last.ValidationAccuracy}");
        Assert.Equal(history.Last.ValidationAccuracy, net.Accuracy(testX.ToArray(), testY.ToArray()));
    }
}
