using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using NetGen.Runtime;

namespace NetGen.Training;

/// <summary>
/// An <see cref="Optimizer"/>'s buffers for one set of parameters (the velocity of momentum, Adam's moments and step
/// count). Use one state per network and training run; <c>Fit</c> makes its own.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public abstract class OptimizerState<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private protected OptimizerState(int parameterCount) => ParameterCount = parameterCount;

    /// <summary>The number of parameters this state updates.</summary>
    public int ParameterCount { get; }

    /// <summary>
    /// Applies one update to <paramref name="parameters"/> from the gradient <paramref name="gradient"/> of the objective,
    /// by the rule in <see cref="Optimizer"/>'s remarks. Allocates nothing.
    /// </summary>
    /// <param name="parameters">theta, of length <see cref="ParameterCount"/>; updated in place.</param>
    /// <param name="gradient">g, of length <see cref="ParameterCount"/>.</param>
    /// <param name="learningRate">eta, positive and finite.</param>
    /// <exception cref="ArgumentException">A span has the wrong length, or the learning rate is not positive and finite.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Update(Span<T> parameters, ReadOnlySpan<T> gradient, T learningRate)
    {
        Guard.Length(parameters.Length, ParameterCount, nameof(parameters));
        Guard.Length(gradient.Length, ParameterCount, nameof(gradient));
        Guard.LearningRate(double.CreateTruncating(learningRate), nameof(learningRate));
        UpdateCore(parameters, gradient, learningRate);
    }

    /// <summary>Sets the buffers back to 0, as if no update had been made.</summary>
    public abstract void Reset();

    /// <summary>
    /// The per-parameter buffers (momentum's v; Adam's m and s), live and in a fixed order, each of length
    /// <see cref="ParameterCount"/>: a checkpoint writes them, and a resumed run copies them back in.
    /// </summary>
    internal virtual T[][] Vectors => [];

    /// <summary>The number of scalars the state keeps besides its vectors (Adam's b1^t and b2^t).</summary>
    internal virtual int ScalarCount => 0;

    /// <summary>Copies the <see cref="ScalarCount"/> scalars to <paramref name="destination"/>, bit for bit.</summary>
    internal virtual void ExportScalars(Span<double> destination)
    {
    }

    /// <summary>Sets the <see cref="ScalarCount"/> scalars from <paramref name="source"/>, as <see cref="ExportScalars"/> wrote them.</summary>
    internal virtual void ImportScalars(ReadOnlySpan<double> source)
    {
    }

    private protected abstract void UpdateCore(Span<T> parameters, ReadOnlySpan<T> gradient, T learningRate);
}
