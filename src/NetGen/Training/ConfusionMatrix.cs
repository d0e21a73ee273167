using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NetGen.Training;

/// <summary>
/// Counts of (actual class, predicted class) pairs of a classifier. Rows are the actual classes, columns the predicted
/// ones, both in the order of <see cref="Labels"/>: -1, +1 for Hinge and Logistic; 0, 1, ... for SoftmaxCrossEntropy.
/// </summary>
public sealed class ConfusionMatrix
{
    private readonly int[] _labels;
    private readonly int[,] _counts;

    internal ConfusionMatrix(int[] labels)
    {
        _labels = labels;
        _counts = new int[labels.Length, labels.Length];
    }

    /// <summary>The class labels, in row and column order.</summary>
    public IReadOnlyList<int> Labels => _labels;

    /// <summary>The number of classes.</summary>
    public int ClassCount => _labels.Length;

    /// <summary>The number of samples counted.</summary>
    public int Total { get; private set; }

    /// <summary>The number of samples on the diagonal: predicted as their actual class.</summary>
    public int Correct
    {
        get
        {
            int correct = 0;
            for (int c = 0; c < _labels.Length; c++)
            {
                correct += _counts[c, c];
            }

            return correct;
        }
    }

    /// <summary>Correct / Total.</summary>
    public double Accuracy => (double)Correct / Total;

    /// <summary>The number of samples of actual class <c>Labels[actual]</c> predicted as <c>Labels[predicted]</c>.</summary>
    /// <param name="actual">The row: index into <see cref="Labels"/> of the actual class.</param>
    /// <param name="predicted">The column: index into <see cref="Labels"/> of the predicted class.</param>
    /// <exception cref="IndexOutOfRangeException">An index is not in [0, <see cref="ClassCount"/>).</exception>
    public int this[int actual, int predicted] => _counts[actual, predicted];

    /// <summary>A text table: one row per actual class, one column per predicted class.</summary>
    public override string ToString()
    {
        string[] names = _labels.Select(l => l.ToString("+0;-0;0", CultureInfo.InvariantCulture)).ToArray();
        if (_labels.All(l => l >= 0))
        {
            names = _labels.Select(l => l.ToString(CultureInfo.InvariantCulture)).ToArray();
        }

        int width = Math.Max(6, Math.Max(names.Max(n => n.Length), Total.ToString(CultureInfo.InvariantCulture).Length) + 1);
        var text = new StringBuilder();
        text.Append("actual \\ predicted".PadRight(19));
        foreach (string name in names)
        {
            text.Append(name.PadLeft(width));
        }

        text.AppendLine();
        for (int a = 0; a < _labels.Length; a++)
        {
            text.Append(names[a].PadRight(19));
            for (int p = 0; p < _labels.Length; p++)
            {
                text.Append(_counts[a, p].ToString(CultureInfo.InvariantCulture).PadLeft(width));
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    internal void Add(int actualIndex, int predictedIndex)
    {
        _counts[actualIndex, predictedIndex]++;
        Total++;
    }
}
