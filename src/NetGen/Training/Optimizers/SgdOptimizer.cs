using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NetGen.Training.Optimizers;

/// <summary>theta &lt;- theta - eta g.</summary>
internal sealed class SgdOptimizer : Optimizer
{
    internal override bool IsPlainSgd => true;

    internal override OptimizerKind Kind => OptimizerKind.Sgd;

    internal override (string Name, double Value)[] Hyperparameters => [];

    public override string ToString() => "SGD";

    private protected override OptimizerState<T> CreateStateCore<T>(int parameterCount) => new State<T>(parameterCount);

    private sealed class State<T>(int parameterCount) : OptimizerState<T>(parameterCount)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        public override void Reset()
        {
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private protected override void UpdateCore(Span<T> parameters, ReadOnlySpan<T> gradient, T learningRate)
        {
            for (int i = 0; i < parameters.Length; i++)
            {
                parameters[i] -= learningRate * gradient[i];
            }
        }
    }
}
