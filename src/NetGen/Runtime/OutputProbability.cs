using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NetGen.Runtime;

/// <summary>
/// The probabilities of a classifier's scores for generated code: softmax(z) for softmax cross-entropy nets (the
/// generated Probabilities and ProbabilitiesBatch) and sigmoid(z) = P(y = +1) for logistic nets (Probability and
/// ProbabilityBatch). Neither overflows for large scores. Not meant to be called by users.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class OutputProbability
{
    /// <summary>
    /// Replaces the scores z in <paramref name="scores"/> by softmax(z)_k = e^(z_k - m) / sum_j e^(z_j - m) with m the
    /// largest score, so no e^x exceeds 1 and the sum lies in [1, n]: finite scores of any size give probabilities in
    /// [0, 1] that sum to 1 within rounding. A score equal to m counts as e^0 = 1 also when m is infinite (so +infinity
    /// gets all of the probability, shared among equal ones); a NaN score makes every probability NaN.
    /// </summary>
    /// <typeparam name="T">float or double.</typeparam>
    /// <param name="scores">The scores of one sample; overwritten with their probabilities.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Softmax<T>(Span<T> scores)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (scores.IsEmpty)
        {
            return;
        }

        T max = scores[0];
        for (int k = 1; k < scores.Length; k++)
        {
            if (scores[k] > max)
            {
                max = scores[k];
            }
        }

        T sum = T.Zero;
        for (int k = 0; k < scores.Length; k++)
        {
            T e = scores[k] == max ? T.One : T.Exp(scores[k] - max);
            scores[k] = e;
            sum += e;
        }

        for (int k = 0; k < scores.Length; k++)
        {
            scores[k] /= sum;
        }
    }

    /// <summary>
    /// <see cref="Softmax{T}(Span{T})"/> of every row of <paramref name="width"/> scores in <paramref name="rows"/>
    /// (row-major, a whole number of rows, as the generated ForwardBatch writes them).
    /// </summary>
    /// <typeparam name="T">float or double.</typeparam>
    /// <param name="rows">n rows of scores; overwritten with their probabilities.</param>
    /// <param name="width">The scores of a row, the network's OutputSize; positive.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SoftmaxRows<T>(Span<T> rows, int width)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int start = 0; start + width <= rows.Length; start += width)
        {
            Softmax(rows.Slice(start, width));
        }
    }

    /// <summary>
    /// sigmoid(z) = 1 / (1 + e^-z), the probability of the label +1 under the logistic loss, computed as
    /// 1 / (1 + e^-|z|) for z &gt;= 0 and e^-|z| / (1 + e^-|z|) below, so e^x never exceeds 1: no overflow, the exact
    /// limits 1 and 0 for large |z| and for z = +-infinity, and full relative accuracy where the probability is tiny.
    /// NaN for a NaN score.
    /// </summary>
    /// <typeparam name="T">float or double.</typeparam>
    /// <param name="z">The score.</param>
    /// <returns>P(y = +1), in [0, 1].</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static T Sigmoid<T>(T z)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T e = T.Exp(-T.Abs(z));
        return z >= T.Zero ? T.One / (T.One + e) : e / (T.One + e);
    }

    /// <summary>Replaces every score in <paramref name="scores"/> by <see cref="Sigmoid{T}(T)"/> of it.</summary>
    /// <typeparam name="T">float or double.</typeparam>
    /// <param name="scores">The scores, one per sample; overwritten with P(y = +1).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SigmoidAll<T>(Span<T> scores)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = Sigmoid(scores[i]);
        }
    }
}
