namespace NetGen.Training.Tests;

public class EvaluationTests
{
    // A logistic classifier with w = 1, b = 0 scores z = x and predicts sign(x).
    private static readonly double[] X = [-2, -1, 1, 2, 3];
    private static readonly double[] Labels = [-1, 1, 1, -1, 1];

    [Fact]
    public void Confusion_matrix_counts_actual_against_predicted_classes()
    {
        ConfusionMatrix matrix = SignClassifier().ConfusionMatrix(X, Labels);

        Assert.Equal([-1, 1], matrix.Labels);
        Assert.Equal(1, matrix[0, 0]); // x = -2
        Assert.Equal(1, matrix[0, 1]); // x = 2, labelled -1
        Assert.Equal(1, matrix[1, 0]); // x = -1, labelled +1
        Assert.Equal(2, matrix[1, 1]); // x = 1 and 3
        Assert.Equal(5, matrix.Total);
        Assert.Equal(0.6, matrix.Accuracy);
        Assert.Contains("actual \\ predicted", matrix.ToString());
    }

    [Fact]
    public void Accuracy_is_the_fraction_classified_correctly()
    {
        Assert.Equal(0.6, SignClassifier().Accuracy(X, Labels));
    }

    [Fact]
    public void Mean_loss_is_the_average_of_the_per_sample_losses()
    {
        double expected = X.Zip(Labels, (x, y) => Math.Log(1 + Math.Exp(-y * x))).Average();

        Assert.Equal(expected, SignClassifier().MeanLoss(X, Labels), 1e-12);
    }

    [Fact]
    public void Regression_errors_compare_outputs_with_targets()
    {
        var net = new LineNet();
        net.Parameters[0] = 2; // h(x) = 2x
        net.Parameters[1] = 0;

        // Errors 0, +1, -1.
        Assert.Equal(2.0 / 3, net.MeanSquaredError([0.0, 1.0, 2.0], [0.0, 1.0, 5.0]), 1e-15);
        Assert.Equal(1.0, net.MaxError([0.0, 1.0, 2.0], [0.0, 1.0, 5.0]));
    }

    [Fact]
    public void Softmax_confusion_matrix_agrees_with_accuracy()
    {
        (float[] x, float[] classes) = Datasets.Iris();
        var net = new IrisNet();
        net.InitializeParameters(seed: 2);
        net.Fit(x, classes, new FitOptions { Epochs = 5, LearningRate = 0.01 });

        ConfusionMatrix matrix = net.ConfusionMatrix(x, classes);

        Assert.Equal([0, 1, 2], matrix.Labels);
        Assert.Equal(150, matrix.Total);
        Assert.Equal(50, Enumerable.Range(0, 3).Sum(p => matrix[1, p]));
        Assert.Equal(net.Accuracy(x, classes), matrix.Accuracy);
    }

    [Fact]
    public void Regression_metrics_refuse_a_classifier_and_classification_metrics_a_regressor()
    {
        Assert.Throws<ArgumentException>(() => SignClassifier().MeanSquaredError(X, Labels));
        Assert.Throws<ArgumentException>(() => new LineNet().Accuracy([1.0], [1.0]));
    }

    private static LogisticLineNet SignClassifier()
    {
        var net = new LogisticLineNet();
        net.Parameters[0] = 1;
        net.Parameters[1] = 0;
        return net;
    }
}
