using NetGen.Tests.Networks;

namespace NetGen.Tests;

public class TrainingTests
{
    [Fact]
    public void Xor_is_learned_by_per_sample_SGD_with_the_hinge_loss()
    {
        float[][] inputs = [[0, 0], [0, 1], [1, 0], [1, 1]];
        float[] labels = [-1, 1, 1, -1];
        var net = new XorNet();
        net.InitializeParameters(seed: 7);
        var random = new Random(7);
        int[] order = [0, 1, 2, 3];

        Assert.NotEqual(4, Enumerable.Range(0, 4).Count(i => net.Classify(inputs[i]) == (int)labels[i]));

        int step = 0;
        for (int epoch = 0; epoch < 1000; epoch++)
        {
            random.Shuffle(order);
            foreach (int i in order)
            {
                net.TrainStep(inputs[i], labels[i], 0.5f / (1 + (step++ / 200f)));
            }
        }

        Assert.Equal(4, Enumerable.Range(0, 4).Count(i => net.Classify(inputs[i]) == (int)labels[i]));
        Assert.All(Enumerable.Range(0, 4), i => Assert.Equal(0f, net.ComputeLoss(inputs[i], labels[i])));
    }

    [Fact]
    public void Same_seed_gives_bitwise_the_same_parameters_and_another_seed_does_not()
    {
        var a = new WideNet();
        var b = new WideNet();
        var c = new WideNet();
        a.InitializeParameters(42);
        b.InitializeParameters(42);
        c.InitializeParameters(43);

        Assert.True(a.Parameters.SequenceEqual(b.Parameters));
        Assert.False(a.Parameters.SequenceEqual(c.Parameters));
    }

    [Fact]
    public void Initial_weights_are_Gaussian_with_the_He_and_Glorot_sigma_and_biases_are_zero()
    {
        var net = new WideNet();
        net.InitializeParameters(5);
        LayerTopology relu = WideNet.Topology.Layers[0];
        LayerTopology output = WideNet.Topology.Layers[1];

        float[] weights = net.Parameters.Slice(relu.WeightOffset, relu.Inputs * relu.Units).ToArray();
        double mean = weights.Average(w => (double)w);
        double sigma = Math.Sqrt(weights.Average(w => ((double)w - mean) * ((double)w - mean)));
        double he = Math.Sqrt(2.0 / 30);

        // 900 draws: the standard error of the sample sigma is about sigma / sqrt(1800), 2.4%.
        Assert.InRange(sigma, he * 0.9, he * 1.1);
        Assert.InRange(mean, -0.1 * he, 0.1 * he);
        Assert.All(net.Parameters.Slice(relu.BiasOffset, relu.Units).ToArray(), b => Assert.Equal(0f, b));
        Assert.All(net.Parameters.Slice(output.BiasOffset, output.Units).ToArray(), b => Assert.Equal(0f, b));
        Assert.Contains(net.Parameters.Slice(output.WeightOffset, 30).ToArray(), w => w != 0f);
    }

    [Fact]
    public void Networks_nested_in_partial_classes_work_and_user_constructors_are_kept()
    {
        var seeded = new Outer.InnerNet(3);
        var empty = new Outer.InnerNet();

        var expected = new Outer.InnerNet();
        expected.InitializeParameters(Outer.InnerNet.DefaultSeed);
        Assert.True(empty.Parameters.SequenceEqual(expected.Parameters), "the user's parameterless constructor skipped the default weights");
        Assert.Contains(empty.Parameters.ToArray(), p => p != 0.0);
        Assert.Contains(seeded.Parameters.ToArray(), p => p != 0.0);
        Assert.False(seeded.Parameters.SequenceEqual(empty.Parameters), "the user's constructor's InitializeParameters(3) was overwritten");
        Assert.Equal(Outer.InnerNet.InputSize, 2);
        double z = seeded.Predict([0.5, -0.5]);
        Assert.Equal(z >= 0 ? 1 : -1, seeded.Classify([0.5, -0.5]));
    }

    [Fact]
    public void Predict_and_Classify_agree_with_Forward()
    {
        var net = new Shallow_Tanh_SoftmaxCrossEntropy_D();
        net.InitializeParameters(9);
        var random = new Random(2);
        var output = new double[3];
        for (int s = 0; s < 50; s++)
        {
            double[] x = [random.NextDouble() - 0.5, random.NextDouble() - 0.5, random.NextDouble() - 0.5];
            net.Forward(x, output);
            int argmax = Array.IndexOf(output, output.Max());
            Assert.Equal(argmax, net.Classify(x));
        }

        var regression = new Shallow_Sigmoid_Logistic_F();
        regression.InitializeParameters(4);
        float[] input = [0.1f, 0.2f, -0.3f];
        float[] single = new float[1];
        regression.Forward(input, single);
        Assert.Equal(single[0], regression.Predict(input));
        Assert.Equal(single[0] >= 0 ? 1 : -1, regression.Classify(input));
    }

    [Fact]
    public void Concurrent_inference_on_one_instance_gives_the_sequential_results()
    {
        var net = new Deep_SiLU_SquaredError_D();
        net.InitializeParameters(8);
        double[][] inputs = Enumerable.Range(0, 64).Select(i => new[] { Math.Sin(i), Math.Cos(i) }).ToArray();
        double[][] expected = inputs.Select(x => { var o = new double[2]; net.Forward(x, o); return o; }).ToArray();

        int mismatches = 0;
        Parallel.For(0, 2, _ =>
        {
            var output = new double[2];
            for (int n = 0; n < 200_000; n++)
            {
                int i = n % inputs.Length;
                net.Forward(inputs[i], output);
                if (output[0] != expected[i][0] || output[1] != expected[i][1])
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        });

        Assert.Equal(0, mismatches);
    }
}
