using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;

namespace NetGen.Training;

/// <summary>
/// Standardises features: x_j &lt;- (x_j - mean_j) / std_j, with mean and (population) standard deviation fitted on the
/// training rows only and then applied unchanged to validation, test and new rows, so no information leaks from them.
/// </summary>
/// <remarks>A feature that is constant in the training rows has std_j = 0; it is only centred (divided by 1).</remarks>
public sealed class Standardizer
{
    private readonly double[] _mean;
    private readonly double[] _scale;

    private Standardizer(double[] mean, double[] scale)
    {
        _mean = mean;
        _scale = scale;
    }

    /// <summary>The number of features (columns) per row.</summary>
    public int FeatureCount => _mean.Length;

    /// <summary>mean_j of each feature in the fitted rows.</summary>
    public IReadOnlyList<double> Mean => _mean;

    /// <summary>std_j of each feature in the fitted rows, or 1 where the feature was constant.</summary>
    public IReadOnlyList<double> StandardDeviation => _scale;

    /// <summary>Fits mean_j and std_j on <paramref name="rows"/>.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="rows">n rows of <paramref name="featureCount"/> finite values, row-major; n &gt;= 1.</param>
    /// <param name="featureCount">The number of features per row; positive.</param>
    /// <exception cref="ArgumentException">No rows, a length that is not a whole number of rows, or a value that is not finite.</exception>
    public static Standardizer Fit<T>(ReadOnlySpan<T> rows, int featureCount)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (featureCount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(featureCount), featureCount, "The feature count must be positive.");
        }

        int n = RowCount(rows.Length, featureCount, nameof(rows));
        if (n == 0)
        {
            throw new ArgumentException("'rows' is empty: at least one row is needed to fit a mean.", nameof(rows));
        }

        var mean = new double[featureCount];
        var scale = new double[featureCount];
        for (int i = 0; i < rows.Length; i++)
        {
            if (!T.IsFinite(rows[i]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"'rows' row {i / featureCount}, column {i % featureCount} is {rows[i]}; the mean would be meaningless."),
                    nameof(rows));
            }

            mean[i % featureCount] += double.CreateTruncating(rows[i]);
        }

        for (int j = 0; j < featureCount; j++)
        {
            mean[j] /= n;
        }

        // Two passes (mean, then squared deviations) rather than E[x^2] - E[x]^2, which cancels badly.
        for (int i = 0; i < rows.Length; i++)
        {
            double deviation = double.CreateTruncating(rows[i]) - mean[i % featureCount];
            scale[i % featureCount] += deviation * deviation;
        }

        for (int j = 0; j < featureCount; j++)
        {
            double std = Math.Sqrt(scale[j] / n);
            scale[j] = std > 0 ? std : 1;
        }

        return new Standardizer(mean, scale);
    }

    /// <summary>
    /// Fits mean_j and std_j on <paramref name="rows"/>, as <see cref="Fit{T}(ReadOnlySpan{T}, int)"/> does. This array form
    /// exists for C# 12 (.NET 8), where an array argument does not let the compiler infer T for a span parameter.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="rows">n rows of <paramref name="featureCount"/> finite values, row-major; n &gt;= 1.</param>
    /// <param name="featureCount">The number of features per row; positive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">No rows, a length that is not a whole number of rows, or a value that is not finite.</exception>
    public static Standardizer Fit<T>(T[] rows, int featureCount)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Fit((ReadOnlySpan<T>)rows, featureCount);
    }

    /// <summary>Standardises <paramref name="rows"/> in place (the array form, for C# 12; see <see cref="Fit{T}(T[], int)"/>).</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="rows">Rows of <see cref="FeatureCount"/> values, row-major.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">The length is not a whole number of rows.</exception>
    public void Transform<T>(T[] rows)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(rows);
        Transform((ReadOnlySpan<T>)rows, rows);
    }

    /// <summary>Writes the standardised <paramref name="rows"/> to <paramref name="destination"/> (the array form, for C# 12).</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="rows">Rows of <see cref="FeatureCount"/> values, row-major.</param>
    /// <param name="destination">Receives the result; as long as <paramref name="rows"/> (it may be the same array).</param>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The length is not a whole number of rows, or the destination's length differs.</exception>
    public void Transform<T>(T[] rows, T[] destination)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(destination);
        Transform((ReadOnlySpan<T>)rows, destination);
    }

    /// <summary>Standardises <paramref name="rows"/> in place.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="rows">Rows of <see cref="FeatureCount"/> values, row-major.</param>
    /// <exception cref="ArgumentException">The length is not a whole number of rows.</exception>
    public void Transform<T>(Span<T> rows)
        where T : unmanaged, IFloatingPointIeee754<T> => Transform((ReadOnlySpan<T>)rows, rows);

    /// <summary>Writes the standardised <paramref name="rows"/> to <paramref name="destination"/>.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="rows">Rows of <see cref="FeatureCount"/> values, row-major.</param>
    /// <param name="destination">Receives the result; as long as <paramref name="rows"/> (it may be the same memory).</param>
    /// <exception cref="ArgumentException">The length is not a whole number of rows, or the destination's length differs.</exception>
    public void Transform<T>(ReadOnlySpan<T> rows, Span<T> destination)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RowCount(rows.Length, FeatureCount, nameof(rows));
        Runtime.Guard.Length(destination.Length, rows.Length, nameof(destination));
        for (int i = 0; i < rows.Length; i++)
        {
            int j = i % FeatureCount;
            destination[i] = T.CreateTruncating((double.CreateTruncating(rows[i]) - _mean[j]) / _scale[j]);
        }
    }

    private static int RowCount(int length, int featureCount, string paramName)
    {
        if (length % featureCount != 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"'{paramName}' has {length} values, which is not a whole number of rows of {featureCount} features."),
                paramName);
        }

        return length / featureCount;
    }
}
