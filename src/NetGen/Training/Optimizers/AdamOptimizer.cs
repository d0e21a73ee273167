using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NetGen.Training.Optimizers;

/// <summary>Adam: bias-corrected running moments m and s of the gradient; theta &lt;- theta - eta m^ / (sqrt(s^) + epsilon).</summary>
internal sealed class AdamOptimizer(double beta1, double beta2, double epsilon) : Optimizer
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Adam (b1 {beta1}, b2 {beta2}, epsilon {epsilon})");

    internal override OptimizerKind Kind => OptimizerKind.Adam;

    internal override (string Name, double Value)[] Hyperparameters => [("beta1", beta1), ("beta2", beta2), ("epsilon", epsilon)];

    private protected override OptimizerState<T> CreateStateCore<T>(int parameterCount) =>
        new State<T>(parameterCount, beta1, beta2, T.CreateTruncating(epsilon));

    private sealed class State<T>(int parameterCount, double beta1, double beta2, T epsilon) : OptimizerState<T>(parameterCount)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly T[] _m = new T[parameterCount];
        private readonly T[] _s = new T[parameterCount];
        private readonly T _b1 = T.CreateTruncating(beta1);
        private readonly T _b2 = T.CreateTruncating(beta2);
        private readonly T _oneMinusB1 = T.CreateTruncating(1 - beta1);
        private readonly T _oneMinusB2 = T.CreateTruncating(1 - beta2);

        /// <summary>b1^t and b2^t for the bias correction, kept in double so they do not lose precision over long runs.</summary>
        private double _b1Power = 1;
        private double _b2Power = 1;

        internal override T[][] Vectors => [_m, _s];

        internal override int ScalarCount => 2;

        internal override void ExportScalars(Span<double> destination)
        {
            destination[0] = _b1Power;
            destination[1] = _b2Power;
        }

        internal override void ImportScalars(ReadOnlySpan<double> source)
        {
            _b1Power = source[0];
            _b2Power = source[1];
        }

        public override void Reset()
        {
            Array.Clear(_m);
            Array.Clear(_s);
            _b1Power = 1;
            _b2Power = 1;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private protected override void UpdateCore(Span<T> parameters, ReadOnlySpan<T> gradient, T learningRate)
        {
            _b1Power *= beta1;
            _b2Power *= beta2;

            // m^ = m / (1 - b1^t) and s^ = s / (1 - b2^t), with the divisions hoisted out of the loop.
            T firstCorrection = T.CreateTruncating(1 / (1 - _b1Power));
            T secondCorrection = T.CreateTruncating(1 / (1 - _b2Power));
            Span<T> m = _m;
            Span<T> s = _s;
            for (int i = 0; i < parameters.Length; i++)
            {
                T g = gradient[i];
                T mi = _b1 * m[i] + _oneMinusB1 * g;
                T si = _b2 * s[i] + _oneMinusB2 * g * g;
                m[i] = mi;
                s[i] = si;
                parameters[i] -= learningRate * (mi * firstCorrection) / (T.Sqrt(si * secondCorrection) + epsilon);
            }
        }
    }
}
