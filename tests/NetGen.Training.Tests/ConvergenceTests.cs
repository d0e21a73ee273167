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
