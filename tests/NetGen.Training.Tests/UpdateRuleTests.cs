namespace NetGen.Training.Tests;

/// <summary>Fit's updates are exactly the ones a hand-written loop over the network's own methods makes.</summary>
public class UpdateRuleTests
{
    [Fact]
    public void Batch_size_one_sgd_is_the_lectures_loop_of_train_steps()
    {
        var fitted = new XorNet();
        fitted.InitializeParameters(seed: 5);
        var manual = new XorNet();
        manual.InitializeParameters(seed: 5);
        LearningRateSchedule schedule = LearningRateSchedule.InverseTime(0.5, 20);

        fitted.Fit(Datasets.XorInputs, Datasets.XorLabels, new FitOptions { Epochs = 30, LearningRate = schedule, Shuffle = false });

        int k = 0;
        for (int epoch = 0; epoch < 30; epoch++)
        {
            for (int i = 0; i < 4; i++)
            {
                manual.TrainStep(Datasets.XorInputs.AsSpan(2 * i, 2), Datasets.XorLabels[i], (float)schedule.Rate(k++));
            }
        }

        Assert.Equal(manual.Parameters.ToArray(), fitted.Parameters.ToArray());
    }

    public static TheoryData<string> Optimizers => new() { "sgd", "momentum", "nesterov", "adam" };

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void Mini_batches_average_the_gradients_then_apply_the_optimizer(string name)
    {
        Optimizer optimizer = name switch
        {
            "momentum" => Optimizer.Momentum(0.8),
            "nesterov" => Optimizer.Momentum(0.8, nesterov: true),
            "adam" => Optimizer.Adam(),
            _ => Optimizer.Sgd(),
        };
        (double[] x, double[] y) = Datasets.SmallRegression(10);
        var fitted = new SmallRegressionNet();
        fitted.InitializeParameters(seed: 2);
        var manual = new SmallRegressionNet();
        manual.InitializeParameters(seed: 2);

        // Batches of 4 over 10 rows: 4, 4, then a last batch of 2 averaged over 2.
        fitted.Fit(x, y, new FitOptions { Epochs = 3, BatchSize = 4, Shuffle = false, LearningRate = 0.05, Optimizer = optimizer });

        OptimizerState<double> state = optimizer.CreateState<double>(SmallRegressionNet.ParameterCount);
        var gradient = new double[SmallRegressionNet.ParameterCount];
        for (int epoch = 0; epoch < 3; epoch++)
        {
            foreach ((int start, int count) in new[] { (0, 4), (4, 4), (8, 2) })
            {
                Array.Clear(gradient);
                for (int i = start; i < start + count; i++)
                {
                    manual.AccumulateGradient(x.AsSpan(2 * i, 2), y.AsSpan(2 * i, 2), gradient);
                }

                for (int p = 0; p < gradient.Length; p++)
                {
                    gradient[p] *= 1.0 / count;
                }

                state.Update(manual.Parameters, gradient, 0.05);
            }
        }

        Assert.Equal(manual.Parameters.ToArray(), fitted.Parameters.ToArray());
    }

    [Fact]
    public void Weight_decay_shrinks_the_weights_but_not_the_biases()
    {
        var net = new LineNet();
        net.Parameters[0] = 2.0; // w
        net.Parameters[1] = 0.5; // b

        // x = 0 and y = b: dLoss/dw = (w x + b - y) x = 0 and dLoss/db = 0, so only the penalty lambda/2 w^2 acts.
        net.Fit([0.0], [0.5], new FitOptions { Epochs = 3, LearningRate = 0.1, WeightDecay = 0.5 });

        Assert.Equal(2.0 * Math.Pow(1 - 0.1 * 0.5, 3), net.Parameters[0], 1e-15);
        Assert.Equal(0.5, net.Parameters[1]);
    }

    [Fact]
    public void Clipping_limits_the_length_of_the_step()
    {
        var net = new LineNet();
        net.Parameters.Clear();
        const double maxNorm = 0.25;

        // At w = b = 0 with x = 3, y = 10: gradient (-30, -10), norm sqrt(1000), clipped to length 0.25.
        net.Fit([3.0], [10.0], new FitOptions { Epochs = 1, LearningRate = 0.1, MaxGradientNorm = maxNorm });

        double w = net.Parameters[0], b = net.Parameters[1];
        Assert.Equal(0.1 * maxNorm, Math.Sqrt(w * w + b * b), 1e-15);
        Assert.Equal(3.0, w / b, 1e-12); // same direction as the gradient
    }

    [Fact]
    public void Clipping_leaves_short_gradients_alone()
    {
        var clipped = new LineNet();
        clipped.Parameters.Clear();
        var plain = new LineNet();
        plain.Parameters.Clear();

        clipped.Fit([0.3], [0.1], new FitOptions { Epochs = 2, LearningRate = 0.1, MaxGradientNorm = 10 });
        plain.Fit([0.3], [0.1], new FitOptions { Epochs = 2, LearningRate = 0.1 });

        Assert.Equal(plain.Parameters[0], clipped.Parameters[0], 1e-15);
        Assert.Equal(plain.Parameters[1], clipped.Parameters[1], 1e-15);
    }

    [Fact]
    public void Training_loss_is_J_after_the_epoch_and_running_loss_the_mean_seen_during_it()
    {
        var net = new LineNet();
        net.Parameters.Clear();
        double[] x = [1.0, 2.0];
        double[] y = [1.0, 3.0];

        TrainingHistory history = net.Fit(x, y, new FitOptions { Epochs = 1, LearningRate = 0.1, Shuffle = false });

        // Before the first update w = b = 0: Loss = 1/2 (0 - 1)^2 = 0.5. Then w = b = 0.1, and the second row has
        // Loss = 1/2 (0.3 - 3)^2 = 3.645. Their mean is the running loss.
        Assert.Equal((0.5 + 3.645) / 2, history.Last.RunningLoss, 1e-12);
        Assert.Equal(net.MeanLoss(x, y), history.Last.TrainingLoss);
    }

    [Fact]
    public void Without_training_loss_evaluation_the_history_has_only_the_running_loss()
    {
        var net = new XorNet();
        net.InitializeParameters(seed: 1);

        TrainingHistory history = net.Fit(Datasets.XorInputs, Datasets.XorLabels, new FitOptions
        {
            Epochs = 2,
            LearningRate = 0.1,
            EvaluateTrainingLoss = false,
        });

        Assert.All(history, e => Assert.Null(e.TrainingLoss));
        Assert.All(history, e => Assert.True(e.RunningLoss > 0));
    }
}
