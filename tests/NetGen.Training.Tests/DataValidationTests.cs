namespace NetGen.Training.Tests;

/// <summary>Bad data or options are rejected with a message that names the problem, before any parameter changes.</summary>
public class DataValidationTests
{
    private static readonly FitOptions Options = new() { Epochs = 2, LearningRate = 0.1 };

    [Fact]
    public void Inputs_that_are_not_whole_rows_are_rejected()
    {
        var error = AssertRejected<ArgumentException>(new XorNet(), [0, 0, 1], [1]);
        Assert.Equal("inputs", error.ParamName);
        Assert.Contains("3 values, which is not a whole number of rows of 2 inputs", error.Message);
    }

    [Fact]
    public void Targets_that_do_not_match_the_rows_are_rejected()
    {
        var error = AssertRejected<ArgumentException>(new XorNet(), [0, 0, 1, 1], [1, -1, 1]);
        Assert.Equal("targets", error.ParamName);
        Assert.Contains("the 2 rows of 'inputs' need 2", error.Message);
    }

    [Fact]
    public void Empty_data_is_rejected()
    {
        var error = AssertRejected<ArgumentException>(new XorNet(), [], []);
        Assert.Contains("'inputs' is empty", error.Message);
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(2f)]
    [InlineData(float.NaN)]
    public void Hinge_labels_other_than_plus_or_minus_one_are_rejected(float label)
    {
        var error = AssertRejected<ArgumentOutOfRangeException>(new XorNet(), [0, 0, 1, 1], [1, label]);
        Assert.Contains("'targets' row 1", error.Message);
        Assert.Contains("needs labels +1 or -1", error.Message);
    }

    [Theory]
    [InlineData(3f)]
    [InlineData(-1f)]
    [InlineData(1.5f)]
    public void Class_indices_outside_the_outputs_are_rejected(float label)
    {
        var error = AssertRejected<ArgumentOutOfRangeException>(new IrisNet(), [1, 2, 3, 4], [label]);
        Assert.Contains("integer in [0, 3)", error.Message);
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void Non_finite_inputs_are_rejected_with_their_row_and_column(float bad)
    {
        var error = AssertRejected<ArgumentException>(new XorNet(), [0, 0, 1, bad], [1, -1]);
        Assert.Contains("'inputs' row 1, column 1", error.Message);
    }

    [Fact]
    public void Non_finite_regression_targets_are_rejected()
    {
        var error = AssertRejected<ArgumentException>(new SineNet(), [0.1f, 0.2f], [0.5f, float.NegativeInfinity]);
        Assert.Contains("'targets' row 1, column 0", error.Message);
    }

    [Fact]
    public void Bad_validation_data_is_rejected_under_its_own_name()
    {
        var net = new XorNet();
        net.InitializeParameters(seed: 1);
        float[] before = net.Parameters.ToArray();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            net.Fit(Datasets.XorInputs, Datasets.XorLabels, Datasets.XorInputs, [1, 1, 0, 1], Options));

        Assert.Equal("validationTargets", error.ParamName);
        Assert.Equal(before, net.Parameters.ToArray());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void A_learning_rate_that_is_not_positive_is_rejected(double rate)
    {
        var error = AssertRejected<ArgumentException>(new XorNet(), Datasets.XorInputs, Datasets.XorLabels, Options with { LearningRate = rate });
        Assert.Contains("learning rate must be positive", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Epochs_that_are_not_positive_are_rejected(int epochs)
    {
        var error = AssertRejected<ArgumentException>(new XorNet(), Datasets.XorInputs, Datasets.XorLabels, Options with { Epochs = epochs });
        Assert.Contains("Epochs must be positive", error.Message);
    }

    [Fact]
    public void Other_bad_options_are_rejected_by_name()
    {
        Assert.Contains("BatchSize", AssertRejected<ArgumentException>(new XorNet(), Datasets.XorInputs, Datasets.XorLabels, Options with { BatchSize = 0 }).Message);
        Assert.Contains("WeightDecay", AssertRejected<ArgumentException>(new XorNet(), Datasets.XorInputs, Datasets.XorLabels, Options with { WeightDecay = -1 }).Message);
        Assert.Contains("MaxGradientNorm", AssertRejected<ArgumentException>(new XorNet(), Datasets.XorInputs, Datasets.XorLabels, Options with { MaxGradientNorm = 0 }).Message);
    }

    private static TException AssertRejected<TException>(INetwork<float> net, float[] inputs, float[] targets, FitOptions? options = null)
        where TException : Exception
    {
        net.InitializeParameters(seed: 1);
        float[] before = net.Parameters.ToArray();

        var error = Assert.Throws<TException>(() => net.Fit(inputs, targets, options ?? Options));

        Assert.Equal(before, net.Parameters.ToArray());
        return error;
    }
}
