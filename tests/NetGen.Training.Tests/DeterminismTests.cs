namespace NetGen.Training.Tests;

public class DeterminismTests
{
    [Fact]
    public void The_same_seed_and_data_give_bitwise_the_same_parameters()
    {
        Assert.Equal(TrainSine(seed: 11), TrainSine(seed: 11));
    }

    [Fact]
    public void A_different_shuffle_seed_gives_different_parameters()
    {
        Assert.NotEqual(TrainSine(seed: 11), TrainSine(seed: 12));
    }

    [Fact]
    public void The_lectures_sgd_is_deterministic_too()
    {
        static float[] Train()
        {
            var net = new XorNet();
            net.InitializeParameters(seed: 3);
            net.Fit(Datasets.XorInputs, Datasets.XorLabels, new FitOptions { Epochs = 50, LearningRate = 0.3, Seed = 9 });
            return net.Parameters.ToArray();
        }

        Assert.Equal(Train(), Train());
    }

    private static int[] TrainSine(int seed)
    {
        (float[] x, float[] y) = Datasets.Sine(40);
        var net = new SineNet();
        net.InitializeParameters(seed: 1);
        net.Fit(x, y, new FitOptions
        {
            Epochs = 20,
            BatchSize = 4,
            Seed = seed,
            Optimizer = Optimizer.Adam(),
            LearningRate = LearningRateSchedule.Exponential(0.01, 0.5, 100),
            WeightDecay = 1e-4,
            MaxGradientNorm = 1,
        });

        // Compare bit patterns, so that even -0 against +0 or two NaN payloads would count as a difference.
        return net.Parameters.ToArray().Select(BitConverter.SingleToInt32Bits).ToArray();
    }
}
