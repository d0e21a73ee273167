using NetGen.Tests.Networks;

namespace NetGen.Tests;

/// <summary>Bad arguments get a typed exception that names the problem, and never change the network.</summary>
public class ValidationTests
{
    private static Deep_Tanh_Hinge_F Hinge()
    {
        var net = new Deep_Tanh_Hinge_F();
        net.InitializeParameters(1);
        return net;
    }

    private static void AssertUnchanged<T>(INetwork<T> net, Action call)
        where T : unmanaged
    {
        T[] before = net.Parameters.ToArray();
        Assert.ThrowsAny<Exception>(call);
        Assert.True(before.AsSpan().SequenceEqual(net.Parameters), "the parameters changed although the call was rejected");
    }

    [Fact]
    public void Wrong_input_length_names_the_argument_and_the_expected_length()
    {
        var net = Hinge();
        var error = Assert.Throws<ArgumentException>(() => net.Forward(new float[3], new float[1]));
        Assert.Equal("input", error.ParamName);
        Assert.Contains("length 2", error.Message);
        Assert.Contains("length 3", error.Message);

        Assert.Equal("output", Assert.Throws<ArgumentException>(() => net.Forward(new float[2], new float[2])).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => net.Predict(new float[1])).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => net.Classify(ReadOnlySpan<float>.Empty)).ParamName);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => net.AccumulateGradient(new float[2], 1f, new float[5])).ParamName);
        AssertUnchanged(net, () => net.TrainStep(new float[4], 1f, 0.1f));
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(2f)]
    [InlineData(-0.5f)]
    [InlineData(float.NaN)]
    public void Binary_labels_other_than_plus_or_minus_one_are_rejected(float label)
    {
        var net = Hinge();
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => net.ComputeLoss(new float[2], label));
        Assert.Equal("label", error.ParamName);
        Assert.Contains("+1 or -1", error.Message);
        AssertUnchanged(net, () => net.TrainStep(new float[2], label, 0.1f));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Class_indices_outside_the_outputs_are_rejected(int label)
    {
        var net = new Shallow_ReLU_SoftmaxCrossEntropy_D();
        net.InitializeParameters(2);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => net.ComputeLoss(new double[3], label));
        Assert.Contains("[0, 3)", error.Message);
        AssertUnchanged(net, () => net.TrainStep(new double[3], label, 0.1));
    }

    [Fact]
    public void A_class_index_passed_as_a_number_must_be_a_whole_number_in_range()
    {
        INetwork<double> net = new Shallow_ReLU_SoftmaxCrossEntropy_D();
        net.InitializeParameters(2);
        AssertUnchanged(net, () => net.TrainStep(new double[3], [1.5], 0.1));
        AssertUnchanged(net, () => net.TrainStep(new double[3], [3.0], 0.1));
        AssertUnchanged(net, () => net.TrainStep(new double[3], [1.0, 0.0], 0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => net.ComputeLoss(new double[3], [double.NaN]));
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void Training_on_a_non_finite_input_or_target_is_rejected_before_any_update(float bad)
    {
        var net = Hinge();
        var error = Assert.Throws<ArgumentException>(() => net.TrainStep([0.5f, bad], 1f, 0.1f));
        Assert.Contains("element 1", error.Message);
        AssertUnchanged(net, () => net.TrainStep([bad, 0.5f], 1f, 0.1f));
        Assert.Throws<ArgumentException>(() => net.AccumulateGradient([bad, 0f], 1f, new float[Deep_Tanh_Hinge_F.ParameterCount]));

        var regression = new Shallow_Tanh_SquaredError_F();
        regression.InitializeParameters(3);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => regression.TrainStep([0f, 0f, 0f], [0f, bad], 0.1f)).ParamName);
        AssertUnchanged(regression, () => regression.TrainStep([0f, 0f, 0f], [bad, 0f], 0.1f));
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(-0.1f)]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void Learning_rates_that_are_not_positive_and_finite_are_rejected(float eta)
    {
        var net = Hinge();
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => net.TrainStep([0.5f, 0.5f], 1f, eta));
        Assert.Equal("learningRate", error.ParamName);
        AssertUnchanged(net, () => net.TrainStep([0.5f, 0.5f], 1f, eta));
    }

    [Fact]
    public void A_non_finite_loss_stops_TrainStep_before_it_writes_NaN_into_the_weights()
    {
        var net = new Shallow_Identity_SquaredError_F();
        net.InitializeParameters(1);
        net.Parameters.Fill(1e30f); // diverged weights: the output overflows to infinity

        AssertUnchanged(net, () => net.TrainStep([1f, 1f, 1f], [0f, 0f], 0.1f));
        var error = Assert.Throws<ArithmeticException>(() => net.TrainStep([1f, 1f, 1f], [0f, 0f], 0.1f));
        Assert.Contains("unchanged", error.Message);
    }
}
