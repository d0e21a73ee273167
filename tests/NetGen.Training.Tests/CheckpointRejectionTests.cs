using NetGen.Persistence;

namespace NetGen.Training.Tests;

/// <summary>A 1-8-1 tanh network: the sine data fits it, but a SineNet checkpoint's weights do not.</summary>
[Network(Loss.SquaredError)]
[Input(1)]
[Dense(8, Activation.Tanh)]
[Dense(1)]
public partial class NarrowSineNet
{
}

/// <summary>
/// A checkpoint that does not continue this run (another network, optimiser, hyperparameters, options or data size),
/// a damaged one, or a plain weight file is refused with a typed exception that names the problem, and the network keeps
/// the parameters it had.
/// </summary>
public sealed class CheckpointRejectionTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly float[] _x;
    private readonly float[] _y;

    public CheckpointRejectionTests() => (_x, _y) = Datasets.Sine(30);

    public void Dispose() => _folder.Dispose();

    private static FitOptions AdamOptions(int epochs) => new()
    {
        Epochs = epochs,
        BatchSize = 4,
        Seed = 3,
        Optimizer = Optimizer.Adam(),
        LearningRate = LearningRateSchedule.InverseTime(0.02, 25),
    };

    /// <summary>Trains a SineNet for 2 epochs with <paramref name="options"/> and returns its checkpoint's path.</summary>
    private string SaveCheckpoint(FitOptions options, float[]? x = null, float[]? y = null)
    {
        string path = _folder.File("saved.ckpt");
        var net = new SineNet();
        net.InitializeParameters(seed: 1);
        net.Fit(x ?? _x, y ?? _y, options with { Epochs = 2, Checkpoint = new CheckpointOptions { Path = path } });
        return path;
    }

    /// <summary>Resumes a freshly initialised network, expecting <typeparamref name="TException"/>, and checks it kept its parameters.</summary>
    private static TException AssertRefused<TException, TNet>(TNet net, Func<TNet, TrainingHistory> resume)
        where TException : Exception
        where TNet : INetwork<float>
    {
        float[] before = net.Parameters.ToArray();

        TException error = Assert.Throws<TException>(() => resume(net));

        Assert.Equal(before.Select(BitConverter.SingleToInt32Bits), net.Parameters.ToArray().Select(BitConverter.SingleToInt32Bits));
        return error;
    }

    private WeightFileException AssertMismatch(FitOptions resumeOptions, float[]? x = null, float[]? y = null)
    {
        var net = new SineNet();
        net.InitializeParameters(seed: 7);
        WeightFileException error = AssertRefused<WeightFileException, SineNet>(net, n => n.Fit(x ?? _x, y ?? _y, resumeOptions));
        Assert.Equal(WeightFileError.CheckpointMismatch, error.Reason);
        return error;
    }

    [Fact]
    public void A_checkpoint_of_another_topology_is_refused()
    {
        string path = SaveCheckpoint(AdamOptions(5));
        var net = new NarrowSineNet();
        net.InitializeParameters(seed: 7);

        WeightFileException error = AssertRefused<WeightFileException, NarrowSineNet>(net, n => n.Fit(_x, _y, AdamOptions(5) with { ResumeFrom = path }));

        Assert.Equal(WeightFileError.TopologyMismatch, error.Reason);
        Assert.Contains("layer 1: expected 8 Tanh, found 16 Tanh", error.Message);
    }

    [Fact]
    public void A_checkpoint_of_another_optimizer_kind_is_refused()
    {
        string path = SaveCheckpoint(AdamOptions(5));

        WeightFileException error = AssertMismatch(AdamOptions(5) with { Optimizer = Optimizer.Momentum(0.9), ResumeFrom = path });

        Assert.Contains("FitOptions.Optimizer: this Fit Momentum (momentum 0.9, nesterov 0), the checkpoint Adam (beta1 0.9, beta2 0.999, epsilon 1E-08)", error.Message);
    }

    [Fact]
    public void A_checkpoint_of_classical_momentum_is_refused_for_nesterov()
    {
        string path = SaveCheckpoint(AdamOptions(5) with { Optimizer = Optimizer.Momentum(0.9) });

        WeightFileException error = AssertMismatch(AdamOptions(5) with { Optimizer = Optimizer.Momentum(0.9, nesterov: true), ResumeFrom = path });

        Assert.Contains("this Fit Momentum (momentum 0.9, nesterov 1), the checkpoint Momentum (momentum 0.9, nesterov 0)", error.Message);
    }

    [Fact]
    public void A_checkpoint_with_other_optimizer_hyperparameters_is_refused()
    {
        string path = SaveCheckpoint(AdamOptions(5));

        WeightFileException error = AssertMismatch(AdamOptions(5) with { Optimizer = Optimizer.Adam(beta1: 0.8), ResumeFrom = path });

        Assert.Contains("this Fit Adam (beta1 0.8, beta2 0.999, epsilon 1E-08), the checkpoint Adam (beta1 0.9,", error.Message);
    }

    [Fact]
    public void A_checkpoint_of_a_run_on_another_number_of_rows_is_refused()
    {
        string path = SaveCheckpoint(AdamOptions(5));
        (float[] x, float[] y) = Datasets.Sine(29);

        WeightFileException error = AssertMismatch(AdamOptions(5) with { ResumeFrom = path }, x, y);

        Assert.Contains("training rows: this Fit 29, the checkpoint 30", error.Message);
    }

    [Fact]
    public void A_checkpoint_of_a_run_with_other_options_lists_every_difference()
    {
        string path = SaveCheckpoint(AdamOptions(5));

        WeightFileException error = AssertMismatch(AdamOptions(5) with { BatchSize = 5, Seed = 4, MaxGradientNorm = 1, ResumeFrom = path });

        Assert.Contains("FitOptions.BatchSize: this Fit 5, the checkpoint 4", error.Message);
        Assert.Contains("FitOptions.Seed: this Fit 4, the checkpoint 3", error.Message);
        Assert.Contains("FitOptions.MaxGradientNorm: this Fit 1, the checkpoint none", error.Message);
        Assert.DoesNotContain("FitOptions.Optimizer", error.Message);
    }

    [Fact]
    public void A_checkpoint_of_a_run_with_validation_data_is_refused_without_it()
    {
        string path = _folder.File("validated.ckpt");
        var trained = new SineNet();
        trained.InitializeParameters(seed: 1);
        trained.Fit(_x, _y, _x, _y, AdamOptions(2) with { Checkpoint = new CheckpointOptions { Path = path } });

        WeightFileException error = AssertMismatch(AdamOptions(5) with { ResumeFrom = path });

        Assert.Contains("validation rows: this Fit 0, the checkpoint 30", error.Message);
    }

    [Fact]
    public void A_damaged_checkpoint_is_refused_as_damaged()
    {
        string path = SaveCheckpoint(AdamOptions(5));
        byte[] file = File.ReadAllBytes(path);

        // A byte of the trng section near the end: Load would skip that section, but the checksum covers it.
        file[^10] ^= 0x04;
        File.WriteAllBytes(path, file);
        var net = new SineNet();
        net.InitializeParameters(seed: 7);

        WeightFileException error = AssertRefused<WeightFileException, SineNet>(net, n => n.Fit(_x, _y, AdamOptions(5) with { ResumeFrom = path }));

        Assert.Equal(WeightFileError.ChecksumMismatch, error.Reason);
    }

    [Fact]
    public void A_cut_short_checkpoint_is_refused_as_truncated()
    {
        string path = SaveCheckpoint(AdamOptions(5));
        byte[] file = File.ReadAllBytes(path);
        File.WriteAllBytes(path, file[..(file.Length / 2)]);
        var net = new SineNet();
        net.InitializeParameters(seed: 7);

        WeightFileException error = AssertRefused<WeightFileException, SineNet>(net, n => n.Fit(_x, _y, AdamOptions(5) with { ResumeFrom = path }));

        Assert.Equal(WeightFileError.Truncated, error.Reason);
    }

    [Fact]
    public void A_plain_weight_file_is_refused_as_not_a_checkpoint()
    {
        string path = _folder.File("weights.ngw");
        var saved = new SineNet();
        saved.InitializeParameters(seed: 1);
        saved.Save(path);
        var net = new SineNet();
        net.InitializeParameters(seed: 7);

        WeightFileException error = AssertRefused<WeightFileException, SineNet>(net, n => n.Fit(_x, _y, AdamOptions(5) with { ResumeFrom = path }));

        Assert.Equal(WeightFileError.NotACheckpoint, error.Reason);
        Assert.Contains("no 'optm' or 'trng' section", error.Message);
    }

    [Fact]
    public void Resuming_with_no_epochs_left_is_refused()
    {
        string path = SaveCheckpoint(AdamOptions(5));
        var net = new SineNet();
        net.InitializeParameters(seed: 7);

        ArgumentException error = AssertRefused<ArgumentException, SineNet>(net, n => n.Fit(_x, _y, AdamOptions(2) with { ResumeFrom = path }));

        Assert.Contains("saved after epoch 2, and FitOptions.Epochs (the epoch the run ends with) is 2", error.Message);
    }

    [Fact]
    public void A_checkpoint_path_in_a_missing_folder_is_refused_before_training()
    {
        var net = new SineNet();
        net.InitializeParameters(seed: 7);
        string path = Path.Combine(_folder.Path, "missing", "run.ckpt");

        ArgumentException error = AssertRefused<ArgumentException, SineNet>(
            net, n => n.Fit(_x, _y, AdamOptions(5) with { Checkpoint = new CheckpointOptions { Path = path } }));

        Assert.Contains("FitOptions.Checkpoint.Path must name a file in an existing folder", error.Message);
    }
}
