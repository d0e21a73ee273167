using NetGen.Persistence;

namespace NetGen.Training.Tests;

/// <summary>
/// Training E1 epochs, saving a checkpoint, and resuming in a fresh network and a fresh Fit call for E2 more gives bitwise
/// the parameters (and reports) of one uninterrupted run of E1 + E2 epochs.
/// </summary>
public class CheckpointResumeTests
{
    private const int FirstEpochs = 4;
    private const int TotalEpochs = 9;

    public static TheoryData<string> Optimizers => ["SGD, fused TrainStep", "SGD, mini-batches", "Momentum", "Nesterov", "Adam"];

    /// <summary>Each case shuffles, has a decaying schedule, and (off the fused path) a last batch shorter than the others.</summary>
    private static FitOptions Options(string optimizer, int epochs) => optimizer switch
    {
        "SGD, fused TrainStep" => new FitOptions { Epochs = epochs, Seed = 5, LearningRate = LearningRateSchedule.InverseTime(0.1, 40) },
        "SGD, mini-batches" => Batched(epochs, Optimizer.Sgd(), LearningRateSchedule.Step(0.2, 0.7, 9)),
        "Momentum" => Batched(epochs, Optimizer.Momentum(0.9), LearningRateSchedule.Exponential(0.05, 0.5, 30)),
        "Nesterov" => Batched(epochs, Optimizer.Momentum(0.8, nesterov: true), LearningRateSchedule.Cosine(0.05, 60, 0.005)),
        "Adam" => Batched(epochs, Optimizer.Adam(), LearningRateSchedule.InverseTime(0.02, 25)),
        _ => throw new ArgumentOutOfRangeException(nameof(optimizer)),
    };

    private static FitOptions Batched(int epochs, Optimizer optimizer, LearningRateSchedule schedule) => new()
    {
        Epochs = epochs,
        BatchSize = 4,
        Seed = 17,
        Optimizer = optimizer,
        LearningRate = schedule,
        WeightDecay = 1e-3,
        MaxGradientNorm = 2,
    };

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void Resuming_from_a_checkpoint_gives_bitwise_the_parameters_of_an_uninterrupted_run(string optimizer)
    {
        using var folder = new TemporaryFolder();
        string checkpoint = folder.File("sine.ckpt");
        (float[] x, float[] y) = Datasets.Sine(30);

        var uninterrupted = new SineNet();
        uninterrupted.InitializeParameters(seed: 2);
        TrainingHistory full = uninterrupted.Fit(x, y, Options(optimizer, TotalEpochs));

        var first = new SineNet();
        first.InitializeParameters(seed: 2);
        first.Fit(x, y, Options(optimizer, FirstEpochs) with { Checkpoint = new CheckpointOptions { Path = checkpoint } });

        // Another process, as far as the trainer can tell: a new instance whose parameters the checkpoint must replace.
        var resumed = new SineNet();
        resumed.InitializeParameters(seed: 99);
        TrainingHistory rest = resumed.Fit(x, y, Options(optimizer, TotalEpochs) with { ResumeFrom = checkpoint });

        Assert.Equal(Bits(uninterrupted.Parameters), Bits(resumed.Parameters));
        Assert.Equal(Enumerable.Range(FirstEpochs + 1, TotalEpochs - FirstEpochs), rest.Select(r => r.Epoch));
        Assert.Equal(full.Skip(FirstEpochs), rest);
        Assert.Equal(full.Updates, rest.Updates);
    }

    [Fact]
    public void A_double_network_resumes_bitwise_with_adam_and_validation_data()
    {
        using var folder = new TemporaryFolder();
        string checkpoint = folder.File("regression.ckpt");
        (double[] x, double[] y) = Datasets.SmallRegression(11);
        (double[] vx, double[] vy) = Datasets.SmallRegression(5);
        FitOptions options = Batched(TotalEpochs, Optimizer.Adam(0.85, 0.99, 1e-7), LearningRateSchedule.Exponential(0.03, 0.5, 20)) with { BatchSize = 3 };

        var uninterrupted = new SmallRegressionNet();
        uninterrupted.InitializeParameters(seed: 6);
        TrainingHistory full = uninterrupted.Fit(x, y, vx, vy, options);

        var first = new SmallRegressionNet();
        first.InitializeParameters(seed: 6);
        first.Fit(x, y, vx, vy, options with { Epochs = 3, Checkpoint = new CheckpointOptions { Path = checkpoint } });
        var resumed = new SmallRegressionNet();
        TrainingHistory rest = resumed.Fit(x, y, vx, vy, options with { ResumeFrom = checkpoint });

        Assert.Equal(uninterrupted.Parameters.ToArray().Select(BitConverter.DoubleToInt64Bits), resumed.Parameters.ToArray().Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(full.Skip(3), rest);
        Assert.Equal(full.BestEpoch, rest.BestEpoch);
    }

    [Fact]
    public void Checkpoints_are_saved_every_n_epochs_and_at_the_end_and_a_mid_run_one_resumes_bitwise()
    {
        using var folder = new TemporaryFolder();
        string checkpoint = folder.File("sine.ckpt");
        (float[] x, float[] y) = Datasets.Sine(30);
        FitOptions options = Options("Adam", epochs: 8) with { Checkpoint = new CheckpointOptions { Path = checkpoint, EveryEpochs = 3 } };

        // What is on the disk when Progress hears of each epoch: the checkpoint of that epoch, if one was due.
        var onDisk = new Dictionary<int, byte[]?>();
        var leftovers = new List<string>();
        var net = new SineNet();
        net.InitializeParameters(seed: 2);
        net.Fit(x, y, options with
        {
            Progress = new Recorder(r =>
            {
                onDisk[r.Epoch] = File.Exists(checkpoint) ? File.ReadAllBytes(checkpoint) : null;
                leftovers.AddRange(folder.FileNames().Where(name => name != "sine.ckpt"));
            }),
        });

        Assert.Null(onDisk[1]);
        Assert.Null(onDisk[2]);
        Assert.NotNull(onDisk[3]);
        Assert.Equal(onDisk[3], onDisk[5]);
        Assert.NotEqual(onDisk[5], onDisk[6]);
        Assert.Equal(onDisk[6], onDisk[7]);
        Assert.NotEqual(onDisk[7], onDisk[8]);
        Assert.Empty(leftovers);

        string sixth = folder.File("epoch6.ckpt");
        File.WriteAllBytes(sixth, onDisk[6]!);
        var resumed = new SineNet();
        resumed.Fit(x, y, Options("Adam", epochs: 8) with { ResumeFrom = sixth });

        Assert.Equal(Bits(net.Parameters), Bits(resumed.Parameters));
    }

    [Fact]
    public void Resuming_keeps_the_early_stopping_bookkeeping_and_restores_a_best_epoch_from_before_the_checkpoint()
    {
        // As in EarlyStoppingTests: training towards y = 2x while validating against y = x improves, then worsens.
        double[] x = [-1, -0.5, 0.5, 1];
        double[] trainY = x.Select(v => 2 * v).ToArray();
        double[] validY = x.ToArray();
        using var folder = new TemporaryFolder();
        string checkpoint = folder.File("line.ckpt");
        var saved = new Dictionary<int, byte[]>();
        var options = new FitOptions { Epochs = 50, LearningRate = 0.05, Patience = 3 };

        var uninterrupted = new LineNet();
        uninterrupted.Parameters.Clear();
        TrainingHistory full = uninterrupted.Fit(x, trainY, x, validY, options with
        {
            Checkpoint = new CheckpointOptions { Path = checkpoint },
            Progress = new Recorder(r => saved[r.Epoch] = File.ReadAllBytes(checkpoint)),
        });
        int best = full.BestEpoch!.Value;
        Assert.True(full.StoppedEarly);

        // Resume after the best epoch, so the parameters restored at the end must come from the checkpoint.
        File.WriteAllBytes(checkpoint, saved[best + 1]);
        var resumed = new LineNet();
        TrainingHistory rest = resumed.Fit(x, trainY, x, validY, options with { ResumeFrom = checkpoint });

        Assert.True(rest.StoppedEarly);
        Assert.Equal(best, rest.BestEpoch);
        Assert.Equal(2, rest.Count);
        Assert.Equal(uninterrupted.Parameters.ToArray(), resumed.Parameters.ToArray());
    }

    [Fact]
    public void Load_of_a_checkpoint_loads_just_its_weights_and_ReadInfo_lists_the_training_sections()
    {
        using var folder = new TemporaryFolder();
        string checkpoint = folder.File("sine.ckpt");
        (float[] x, float[] y) = Datasets.Sine(30);
        var trained = new SineNet();
        trained.InitializeParameters(seed: 2);
        trained.Fit(x, y, Options("Momentum", FirstEpochs) with { Checkpoint = new CheckpointOptions { Path = checkpoint } });

        var deployed = new SineNet();
        deployed.Load(checkpoint);

        Assert.Equal(Bits(trained.Parameters), Bits(deployed.Parameters));
        Assert.Equal(["optm", "trng"], WeightFile.ReadInfo(checkpoint).SkippedSections);
    }

    private static int[] Bits(Span<float> parameters) => parameters.ToArray().Select(BitConverter.SingleToInt32Bits).ToArray();
}
