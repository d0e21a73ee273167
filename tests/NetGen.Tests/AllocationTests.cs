using NetGen.Tests.Networks;

namespace NetGen.Tests;

public class AllocationTests
{
    private const int Calls = 10_000;

    [Fact]
    public void Float_network_allocates_nothing_in_Forward_AccumulateGradient_and_TrainStep()
    {
        var net = new Deep_Tanh_SquaredError_F();
        net.InitializeParameters(1);
        float[] input = [0.3f, -0.7f];
        float[] target = [0.5f, -0.25f];
        float[] output = new float[Deep_Tanh_SquaredError_F.OutputSize];
        float[] gradient = new float[Deep_Tanh_SquaredError_F.ParameterCount];

        long allocated = Measure(() =>
        {
            net.Forward(input, output);
            net.AccumulateGradient(input, target, gradient);
            net.TrainStep(input, target, 0.01f);
            net.ComputeLoss(input, target);
        });

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Double_network_allocates_nothing_in_Forward_AccumulateGradient_and_TrainStep()
    {
        var net = new Shallow_ReLU_SoftmaxCrossEntropy_D();
        net.InitializeParameters(1);
        double[] input = [0.3, -0.7, 1.1];
        double[] output = new double[Shallow_ReLU_SoftmaxCrossEntropy_D.OutputSize];
        double[] gradient = new double[Shallow_ReLU_SoftmaxCrossEntropy_D.ParameterCount];

        long allocated = Measure(() =>
        {
            net.Forward(input, output);
            net.AccumulateGradient(input, 1, gradient);
            net.TrainStep(input, 2, 0.01);
            net.Classify(input);
        });

        Assert.Equal(0, allocated);
    }

    private static long Measure(Action calls)
    {
        for (int i = 0; i < 100; i++)
        {
            calls(); // warm-up: tiered compilation and static initialisers allocate once
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Calls; i++)
        {
            calls();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
