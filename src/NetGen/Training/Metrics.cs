using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NetGen.Training;

/// <summary>The measuring loops behind <see cref="Evaluation"/> and <c>Fit</c>, on data already checked, allocating nothing.</summary>
internal static class Metrics
{
    /// <summary>1/n sum_i Loss(y_i, h(x_i; theta)), summed in double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double MeanLoss<T>(INetwork<T> network, ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, int rows)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int inputSize = network.InputSize;
        int targetSize = network.TargetSize;
        double sum = 0;
        for (int i = 0; i < rows; i++)
        {
            sum += double.CreateTruncating(network.ComputeLoss(inputs.Slice(i * inputSize, inputSize), targets.Slice(i * targetSize, targetSize)));
        }

        return sum / rows;
    }

    /// <summary>The fraction of rows whose predicted class is the target's class.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Accuracy<T>(INetwork<T> network, ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, int rows, Span<T> output)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int inputSize = network.InputSize;
        Loss loss = network.LossFunction;
        int correct = 0;
        for (int i = 0; i < rows; i++)
        {
            network.Forward(inputs.Slice(i * inputSize, inputSize), output);
            if (TrainingData.PredictedClass(loss, output) == TrainingData.TargetClass(targets[i]))
            {
                correct++;
            }
        }

        return (double)correct / rows;
    }
}
