using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NetGen.Training.Optimizers;

/// <summary>v &lt;- mu v + g; theta &lt;- theta - eta v, or theta &lt;- theta - eta (g + mu v) for Nesterov.</summary>
internal sealed class MomentumOptimizer(double momentum, bool nesterov) : Optimizer
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(nesterov ? "Nesterov momentum" : "momentum")} {momentum}");

    internal override OptimizerKind Kind => OptimizerKind.Momentum;

    internal override (string Name, double Value)[] Hyperparameters => [("momentum", momentum), ("nesterov", nesterov ? 1 : 0)];

    private protected override OptimizerState<T> CreateStateCore<T>(int parameterCount) =>
        new State<T>(parameterCount, T.CreateTruncating(momentum), nesterov);

    private sealed class State<T>(int parameterCount, T mu, bool nesterov) : OptimizerState<T>(parameterCount)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly T[] _velocity = new T[parameterCount];

        internal override T[][] Vectors => [_velocity];

        public override void Reset() => Array.Clear(_velocity);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private protected override void UpdateCore(Span<T> parameters, ReadOnlySpan<T> gradient, T learningRate)
        {
            Span<T> v = _velocity;
            if (nesterov)
            {
                for (int i = 0; i < parameters.Length; i++)
                {
                    T g = gradient[i];
                    T velocity = mu * v[i] + g;
                    v[i] = velocity;
                    parameters[i] -= learningRate * (g + mu * velocity);
                }

                return;
            }

            for (int i = 0; i < parameters.Length; i++)
            {
                T velocity = mu * v[i] + gradient[i];
                v[i] = velocity;
                parameters[i] -= learningRate * velocity;
            }
        }
    }
}
