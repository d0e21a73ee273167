using System;
using System.Collections;
using System.Collections.Generic;

namespace NetGen.Training;

/// <summary>The result of a <c>Fit</c>: one <see cref="EpochReport"/> per epoch that ran, and how the run ended.</summary>
public sealed class TrainingHistory : IReadOnlyList<EpochReport>
{
    private readonly EpochReport[] _epochs;
    private int _count;

    internal TrainingHistory(int capacity) => _epochs = new EpochReport[capacity];

    /// <summary>The number of epochs that ran in this call (a resumed run counts only those after its checkpoint).</summary>
    public int Count => _count;

    /// <summary>The epoch with the lowest validation loss, counted from 1 over the whole run (it may precede the checkpoint a resumed run started from); null without validation data.</summary>
    public int? BestEpoch { get; internal set; }

    /// <summary>True when early stopping ended the run before <see cref="FitOptions.Epochs"/>.</summary>
    public bool StoppedEarly { get; internal set; }

    /// <summary>The number of parameter updates (mini-batches) made over the whole run, those before a resumed checkpoint included: k after the last update.</summary>
    public long Updates { get; internal set; }

    /// <summary>The report of the last epoch that ran.</summary>
    public EpochReport Last => _epochs[_count - 1];

    /// <summary>The report of epoch <paramref name="index"/> + 1.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public EpochReport this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"There are {_count} epochs in the history.");
            }

            return _epochs[index];
        }
    }

    /// <inheritdoc/>
    public IEnumerator<EpochReport> GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return _epochs[i];
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal ref readonly EpochReport Add(in EpochReport report)
    {
        ref EpochReport slot = ref _epochs[_count++];
        slot = report;
        return ref slot;
    }
}
