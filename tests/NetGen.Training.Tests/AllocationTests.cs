namespace NetGen.Training.Tests;

/// <summary>Epochs allocate nothing: all of Fit's buffers are made when it starts.</summary>
public class AllocationTests
{
    [Fact]
    public void The_lectures_sgd_allocates_nothing_per_epoch()
    {
        (float[] x, float[] y) = Datasets.Sine(50);
        AssertNoAllocationBetweenEpochs(new SineNet(), x, y, x, y, new FitOptions { Epochs = 12, LearningRate = 0.01 });
    }

    [Fact]
    public void Adam_with_clipping_decay_and_validation_allocates_nothing_per_epoch()
    {
        (float[] x, float[] y) = Datasets.Sine(50);
        AssertNoAllocationBetweenEpochs(new SineNet(), x, y, x, y, new FitOptions
        {
            Epochs = 12,
            BatchSize = 8,
            LearningRate = LearningRateSchedule.Cosine(0.01, 100, 0.001),
            Optimizer = Optimizer.Adam(),
            WeightDecay = 1e-3,
            MaxGradientNorm = 1,
            Patience = 100,
        });
    }

    [Fact]
    public void Softmax_classification_with_validation_accuracy_allocates_nothing_per_epoch()
    {
        (float[] x, float[] classes) = Datasets.Iris();
        AssertNoAllocationBetweenEpochs(new IrisNet(), x, classes, x, classes, new FitOptions
        {
            Epochs = 12,
            BatchSize = 5,
            LearningRate = 0.01,
            Optimizer = Optimizer.Momentum(0.9, nesterov: true),
        });
    }

    private static void AssertNoAllocationBetweenEpochs<T>(INetwork<T> net, T[] x, T[] y, T[] validX, T[] validY, FitOptions options)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        var allocated = new long[options.Epochs + 1];
        var recorder = new Recorder(e => allocated[e.Epoch] = GC.GetAllocatedBytesForCurrentThread());
        options = options with { Progress = recorder };

        // The first run JIT-compiles and loads everything; the second is measured.
        net.InitializeParameters(seed: 1);
        net.Fit(x, y, validX, validY, options);
        net.InitializeParameters(seed: 1);
        long beforeFit = GC.GetAllocatedBytesForCurrentThread();
        net.Fit(x, y, validX, validY, options);

        // From the end of epoch 2 to the end of the last: ten whole epochs, including the recorder's own calls.
        Assert.Equal(0, allocated[options.Epochs] - allocated[2]);
        Assert.True(allocated[2] > beforeFit, "Fit's start-up buffers should show as allocations before epoch 2");
    }
}
