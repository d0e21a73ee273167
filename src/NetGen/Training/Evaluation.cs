using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NetGen.Training;

/// <summary>
/// Measures a network on rows of data, in the same row layout as <c>Fit</c>: inputs n x InputSize, targets n x TargetSize.
/// None of them modifies the network; the sums are kept in <see cref="double"/>.
/// </summary>
public static class Evaluation
{
    /// <summary>J(theta) = 1/n sum_i Loss(y_i, h(x_i; theta)), the objective training minimises.</summary>
    /// <typeparam name="T">The network's element type.</typeparam>
    /// <param name="network">The network to measure.</param>
    /// <param name="inputs">n rows of inputs.</param>
    /// <param name="targets">n rows of targets in the loss's form.</param>
    /// <exception cref="ArgumentException">The rows do not match the network, or a label is outside the loss's domain.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double MeanLoss<T>(this INetwork<T> network, ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        int rows = TrainingData.CountRows(network, inputs, targets, nameof(inputs), nameof(targets), requireFinite: false);
        return Metrics.MeanLoss(network, inputs, targets, rows);
    }

    /// <summary>The fraction of rows a classifier gets right: sign(z) against a +1/-1 label, or argmax z against a class index.</summary>
    /// <typeparam name="T">The network's element type.</typeparam>
    /// <param name="network">A Hinge, Logistic or SoftmaxCrossEntropy network.</param>
    /// <param name="inputs">n rows of inputs.</param>
    /// <param name="targets">n labels or class indices.</param>
    /// <exception cref="ArgumentException">The network is a regression (SquaredError) network, the rows do not match it, or a label is outside the loss's domain.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Accuracy<T>(this INetwork<T> network, ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireClassifier(network, nameof(Accuracy));
        int rows = TrainingData.CountRows(network, inputs, targets, nameof(inputs), nameof(targets), requireFinite: false);
        return Metrics.Accuracy(network, inputs, targets, rows, new T[network.OutputSize]);
    }

    /// <summary>Counts each (actual, predicted) class pair of a classifier; see <see cref="Training.ConfusionMatrix"/>.</summary>
    /// <typeparam name="T">The network's element type.</typeparam>
    /// <param name="network">A Hinge, Logistic or SoftmaxCrossEntropy network.</param>
    /// <param name="inputs">n rows of inputs.</param>
    /// <param name="targets">n labels or class indices.</param>
    /// <exception cref="ArgumentException">The network is a regression (SquaredError) network, the rows do not match it, or a label is outside the loss's domain.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ConfusionMatrix ConfusionMatrix<T>(this INetwork<T> network, ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireClassifier(network, nameof(ConfusionMatrix));
        int rows = TrainingData.CountRows(network, inputs, targets, nameof(inputs), nameof(targets), requireFinite: false);
        Loss loss = network.LossFunction;
        bool binary = loss is Loss.Hinge or Loss.Logistic;
        int[] labels = binary ? [-1, 1] : new int[network.OutputSize];
        if (!binary)
        {
            for (int c = 0; c < labels.Length; c++)
            {
                labels[c] = c;
            }
        }

        var matrix = new ConfusionMatrix(labels);
        var output = new T[network.OutputSize];
        int inputSize = network.InputSize;
        for (int i = 0; i < rows; i++)
        {
            network.Forward(inputs.Slice(i * inputSize, inputSize), output);
            int actual = TrainingData.TargetClass(targets[i]);
            int predicted = TrainingData.PredictedClass(loss, output);
            matrix.Add(binary ? (actual + 1) / 2 : actual, binary ? (predicted + 1) / 2 : predicted);
        }

        return matrix;
    }

    /// <summary>The mean over rows and outputs of (h_k(x) - y_k)^2, for a regression (SquaredError) network.</summary>
    /// <typeparam name="T">The network's element type.</typeparam>
    /// <param name="network">A SquaredError network.</param>
    /// <param name="inputs">n rows of inputs.</param>
    /// <param name="targets">n rows of <see cref="INetwork{T}.OutputSize"/> target values.</param>
    /// <exception cref="ArgumentException">The network is a classifier, or the rows do not match it, or a target is not finite.</exception>
    public static double MeanSquaredError<T>(this INetwork<T> network, ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        (double squares, _, int count) = Errors(network, inputs, targets, nameof(MeanSquaredError));
        return squares / count;
    }

    /// <summary>The largest |h_k(x) - y_k| over rows and outputs, for a regression (SquaredError) network.</summary>
    /// <typeparam name="T">The network's element type.</typeparam>
    /// <param name="network">A SquaredError network.</param>
    /// <param name="inputs">n rows of inputs.</param>
    /// <param name="targets">n rows of <see cref="INetwork{T}.OutputSize"/> target values.</param>
    /// <exception cref="ArgumentException">The network is a classifier, or the rows do not match it, or a target is not finite.</exception>
    public static double MaxError<T>(this INetwork<T> network, ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        (_, double max, _) = Errors(network, inputs, targets, nameof(MaxError));
        return max;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double Squares, double Max, int Count) Errors<T>(INetwork<T> network, ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, string what)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.LossFunction != Loss.SquaredError)
        {
            throw new ArgumentException(
                $"{what} compares outputs with target values, so it needs a SquaredError network, but this one is {network.LossFunction}; use Accuracy or ConfusionMatrix.",
                nameof(network));
        }

        int rows = TrainingData.CountRows(network, inputs, targets, nameof(inputs), nameof(targets), requireFinite: false);
        int inputSize = network.InputSize;
        int outputSize = network.OutputSize;
        var output = new T[outputSize];
        double squares = 0;
        double max = 0;
        for (int i = 0; i < rows; i++)
        {
            network.Forward(inputs.Slice(i * inputSize, inputSize), output);
            ReadOnlySpan<T> target = targets.Slice(i * outputSize, outputSize);
            for (int k = 0; k < outputSize; k++)
            {
                double error = double.CreateTruncating(output[k]) - double.CreateTruncating(target[k]);
                squares += error * error;
                max = Math.Max(max, Math.Abs(error));
            }
        }

        return (squares, max, rows * outputSize);
    }

    private static void RequireClassifier<T>(INetwork<T> network, string what)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.LossFunction == Loss.SquaredError)
        {
            throw new ArgumentException(
                $"{what} needs a classifier (Hinge, Logistic or SoftmaxCrossEntropy), but this network is SquaredError; use MeanSquaredError or MaxError.",
                nameof(network));
        }
    }
}
