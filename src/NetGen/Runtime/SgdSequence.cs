using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using NetGen.Training;

namespace NetGen.Runtime;

/// <summary>
/// The pieces of <see cref="ISgdSequence{T}.TrainSequence"/>: the loop Fit runs for a network without it (through
/// <see cref="INetwork{T}.TrainStep"/>) and the checked learning rate and row index that the generated implementations
/// call. Not meant to be called by users.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SgdSequence
{
    /// <summary>eta_k = schedule.Rate(k) as a float, or an <see cref="InvalidOperationException"/> unless it is positive and finite.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SingleRate(LearningRateSchedule schedule, long update)
    {
        double rate = schedule.Rate(update);
        float eta = (float)rate;
        if (!(eta > 0f) || !float.IsFinite(eta))
        {
            ThrowBadRate(schedule, update, rate, "Single");
        }

        return eta;
    }

    /// <summary>eta_k = schedule.Rate(k), or an <see cref="InvalidOperationException"/> unless it is positive and finite.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double DoubleRate(LearningRateSchedule schedule, long update)
    {
        double rate = schedule.Rate(update);
        if (!(rate > 0) || !double.IsFinite(rate))
        {
            ThrowBadRate(schedule, update, rate, "Double");
        }

        return rate;
    }

    /// <summary>A row index from an order span, or an <see cref="ArgumentOutOfRangeException"/> unless it is in [0, rows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Row(int row, int rows, string paramName)
    {
        if ((uint)row >= (uint)rows)
        {
            ThrowRow(row, rows, paramName);
        }

        return row;
    }

    /// <summary>
    /// <see cref="ISgdSequence{T}.TrainSequence"/> for any <see cref="INetwork{T}"/>: the same loop through the
    /// interface's TrainStep, for networks that do not implement <see cref="ISgdSequence{T}"/> (hand-written ones).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double Run<T>(
        INetwork<T> network,
        ReadOnlySpan<T> inputs,
        ReadOnlySpan<T> targets,
        ReadOnlySpan<int> order,
        LearningRateSchedule schedule,
        ref long updates,
        CancellationToken cancellationToken)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(schedule);
        int inputSize = network.InputSize;
        int targetSize = network.TargetSize;
        int rows = Guard.Rows(inputs.Length, inputSize, nameof(inputs));
        Guard.Length(targets.Length, rows * targetSize, nameof(targets));
        double lossSum = 0;
        for (int i = 0; i < order.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int row = Row(order[i], rows, nameof(order));
            if (typeof(T) == typeof(float))
            {
                float eta = SingleRate(schedule, updates);
                T loss = network.TrainStep(inputs.Slice(row * inputSize, inputSize), targets.Slice(row * targetSize, targetSize), Unsafe.As<float, T>(ref eta));
                lossSum += Unsafe.As<T, float>(ref loss);
            }
            else if (typeof(T) == typeof(double))
            {
                double eta = DoubleRate(schedule, updates);
                T loss = network.TrainStep(inputs.Slice(row * inputSize, inputSize), targets.Slice(row * targetSize, targetSize), Unsafe.As<double, T>(ref eta));
                lossSum += Unsafe.As<T, double>(ref loss);
            }
            else
            {
                throw new NotSupportedException($"INetwork<{typeof(T).Name}> is not supported: NetGen networks are float or double.");
            }

            updates++;
        }

        return lossSum;
    }

    [DoesNotReturn]
    private static void ThrowBadRate(LearningRateSchedule schedule, long update, double rate, string type) =>
        throw new InvalidOperationException(
            string.Create(CultureInfo.InvariantCulture, $"The learning-rate schedule ({schedule}) gave eta_k = {rate} at update k = {update}, which is not a positive, finite {type}; training stopped before that update."));

    [DoesNotReturn]
    private static void ThrowRow(int row, int rows, string paramName) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            row,
            string.Create(CultureInfo.InvariantCulture, $"Row index {row} is outside the data's {rows} rows."));
}
