using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NetGen.Training;

/// <summary>
/// The checks on rows of data (inputs n x InputSize, targets n x TargetSize) and the reading of a target as a class,
/// shared by training and evaluation so both reject the same data with the same words.
/// </summary>
internal static class TrainingData
{
    /// <summary>
    /// Returns the number of rows n, or throws naming the first problem: no rows, a length that is not a whole number of
    /// rows, targets that do not match, a label outside the loss's domain, or (when <paramref name="requireFinite"/>) a
    /// NaN or infinite value.
    /// </summary>
    public static int CountRows<T>(
        INetwork<T> network,
        ReadOnlySpan<T> inputs,
        ReadOnlySpan<T> targets,
        string inputsName,
        string targetsName,
        bool requireFinite)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int inputSize = network.InputSize;
        int targetSize = network.TargetSize;
        if (inputs.IsEmpty)
        {
            throw new ArgumentException(Text($"'{inputsName}' is empty: at least one row of {inputSize} inputs is needed."), inputsName);
        }

        if (inputs.Length % inputSize != 0)
        {
            throw new ArgumentException(
                Text($"'{inputsName}' has {inputs.Length} values, which is not a whole number of rows of {inputSize} inputs."),
                inputsName);
        }

        int rows = inputs.Length / inputSize;
        if (targets.Length != (long)rows * targetSize)
        {
            throw new ArgumentException(
                Text($"'{targetsName}' has {targets.Length} values, but the {rows} rows of '{inputsName}' need {(long)rows * targetSize} ({targetSize} per row for {network.LossFunction})."),
                targetsName);
        }

        CheckTargets(network, targets, targetsName);
        if (requireFinite)
        {
            CheckFinite(inputs, inputSize, inputsName);
        }

        return rows;
    }

    /// <summary>The class of a target: +1 or -1 for Hinge and Logistic, the index for SoftmaxCrossEntropy.</summary>
    public static int TargetClass<T>(T target)
        where T : unmanaged, IFloatingPointIeee754<T> => int.CreateTruncating(target);

    /// <summary>
    /// The class the network predicts from its outputs, as its generated Classify does: sign(z) (+1 for z &gt;= 0) for one
    /// output, else the index of the largest output (the first on ties).
    /// </summary>
    public static int PredictedClass<T>(Loss loss, ReadOnlySpan<T> output)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (loss is Loss.Hinge or Loss.Logistic)
        {
            return output[0] >= T.Zero ? 1 : -1;
        }

        int best = 0;
        for (int k = 1; k < output.Length; k++)
        {
            if (output[k] > output[best])
            {
                best = k;
            }
        }

        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckTargets<T>(INetwork<T> network, ReadOnlySpan<T> targets, string targetsName)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (network.LossFunction)
        {
            case Loss.Hinge or Loss.Logistic:
                for (int i = 0; i < targets.Length; i++)
                {
                    if (targets[i] != T.One && targets[i] != T.NegativeOne)
                    {
                        throw new ArgumentOutOfRangeException(
                            targetsName,
                            targets[i],
                            Text($"'{targetsName}' row {i} is {targets[i]}, but the {network.LossFunction} loss needs labels +1 or -1."));
                    }
                }

                break;
            case Loss.SoftmaxCrossEntropy:
                T classes = T.CreateTruncating(network.OutputSize);
                for (int i = 0; i < targets.Length; i++)
                {
                    T c = targets[i];
                    if (!(c >= T.Zero && c < classes) || c != T.Floor(c))
                    {
                        throw new ArgumentOutOfRangeException(
                            targetsName,
                            c,
                            Text($"'{targetsName}' row {i} is {c}, but the SoftmaxCrossEntropy loss needs a class index, an integer in [0, {network.OutputSize})."));
                    }
                }

                break;
            default:
                CheckFinite(targets, network.TargetSize, targetsName);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckFinite<T>(ReadOnlySpan<T> values, int columns, string name)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!T.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    Text($"'{name}' row {i / columns}, column {i % columns} is {values[i]}; training on it would fill the weights with NaN."),
                    name);
            }
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
