using System;
using System.Collections;
using System.Collections.Generic;

namespace NetGen.Training;

/// <summary>The result of a <c>Fit</c>: one <see cref="EpochReport"/> per epoch that ran, and how the run ended.</summary>
public sealed class TrainingHistory : IReadOnlyList<EpochReport>
{
    // One column per figure, and only the columns this run reports: a run of 250 epochs without validation keeps 4 KB
    // instead of 250 72-byte reports (Fit allocates the history at its start, and on tiny data sets the allocation and the
    // fresh pages it touches were a measurable part of a run).
    private readonly int _firstEpoch;
    private readonly int _epochCount;
    private readonly double[] _learningRates;
    private readonly double[] _runningLosses;
    private readonly double[]? _trainingLosses;
    private readonly double[]? _validationLosses;
    private readonly double[]? _validationAccuracies;
    private int _count;

    internal TrainingHistory(int capacity, int firstEpoch, int epochCount, bool trainingLoss, bool validationLoss, bool validationAccuracy)
    {
        _firstEpoch = firstEpoch;
        _epochCount = epochCount;
        _learningRates = new double[capacity];
        _runningLosses = new double[capacity];
        _trainingLosses = trainingLoss ? new double[capacity] : null;
        _validationLosses = validationLoss ? new double[capacity] : null;
        _validationAccuracies = validationAccuracy ? new double[capacity] : null;
    }

    /// <summary>The number of epochs that ran in this call (a resumed run counts only those after its checkpoint).</summary>
    public int Count => _count;

    /// <summary>The epoch with the lowest validation loss, counted from 1 over the whole run (it may precede the checkpoint a resumed run started from); null without validation data.</summary>
    public int? BestEpoch { get; internal set; }

    /// <summary>True when early stopping ended the run before <see cref="FitOptions.Epochs"/>.</summary>
    public bool StoppedEarly { get; internal set; }

    /// <summary>The number of parameter updates (mini-batches) made over the whole run, those before a resumed checkpoint included: k after the last update.</summary>
    public long Updates { get; internal set; }

    /// <summary>The report of the last epoch that ran.</summary>
    /// <exception cref="InvalidOperationException">No epoch ran.</exception>
    public EpochReport Last => _count > 0 ? Report(_count - 1) : throw new InvalidOperationException("No epoch ran.");

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

            return Report(index);
        }
    }

    /// <inheritdoc/>
    public IEnumerator<EpochReport> GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return Report(i);
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Records the next epoch's figures; the optional ones only where this history has their column.</summary>
    internal void Add(double learningRate, double runningLoss, double? trainingLoss, double? validationLoss, double? validationAccuracy)
    {
        int i = _count;
        _learningRates[i] = learningRate;
        _runningLosses[i] = runningLoss;
        if (_trainingLosses is not null)
        {
            _trainingLosses[i] = trainingLoss.GetValueOrDefault();
        }

        if (_validationLosses is not null)
        {
            _validationLosses[i] = validationLoss.GetValueOrDefault();
        }

        if (_validationAccuracies is not null)
        {
            _validationAccuracies[i] = validationAccuracy.GetValueOrDefault();
        }

        _count = i + 1;
    }

    private EpochReport Report(int i) => new(
        _firstEpoch + i,
        _epochCount,
        _learningRates[i],
        _runningLosses[i],
        _trainingLosses?[i],
        _validationLosses?[i],
        _validationAccuracies?[i]);
}
