using System;
using System.ComponentModel;
using System.Threading;
using NetGen.Training;

namespace NetGen.Runtime;

/// <summary>
/// Fit's plumbing: the epoch loop of plain SGD with batch size 1, which every generated network implements explicitly
/// with direct calls of its own typed <c>TrainStep</c>, so that Fit's loop costs what a hand-written loop costs. Not
/// meant to be called or implemented by users: <c>Fit</c> uses it when the network has it, and otherwise runs the same
/// loop through <see cref="INetwork{T}.TrainStep"/>.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface ISgdSequence<T> where T : unmanaged
{
    /// <summary>
    /// The lecture's SGD over a sequence of samples: for i = 0, 1, ..., <paramref name="order"/>.Length - 1, one
    /// <c>TrainStep</c> on row order[i] with eta_k = <paramref name="schedule"/>.Rate(k), k = <paramref name="updates"/>,
    /// after which <paramref name="updates"/> is incremented.
    /// </summary>
    /// <param name="inputs">n rows of InputSize inputs, row-major.</param>
    /// <param name="targets">n rows of TargetSize targets, in the form described on <see cref="INetwork{T}"/>.</param>
    /// <param name="order">The rows to train on, in order; each in [0, n).</param>
    /// <param name="schedule">Gives eta_k for the update number k.</param>
    /// <param name="updates">k, the number of updates made before this call; incremented after each update, so it is
    /// exact even when the call throws part-way.</param>
    /// <param name="cancellationToken">Checked before every sample; a cancelled run stops between two whole updates.</param>
    /// <returns>The sum of the losses, each before its update.</returns>
    /// <exception cref="ArgumentException">The data are not whole rows, a row index is out of range, or a sample is
    /// rejected by <c>TrainStep</c> (that sample and the ones after it are not trained on).</exception>
    /// <exception cref="InvalidOperationException">The schedule gave a rate that is not positive and finite in T.</exception>
    /// <exception cref="ArithmeticException">A loss was not finite; that update was not made.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    double TrainSequence(
        ReadOnlySpan<T> inputs,
        ReadOnlySpan<T> targets,
        ReadOnlySpan<int> order,
        LearningRateSchedule schedule,
        ref long updates,
        CancellationToken cancellationToken);
}
