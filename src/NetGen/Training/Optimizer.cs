using System;
using System.Globalization;
using System.Numerics;
using NetGen.Training.Optimizers;

namespace NetGen.Training;

/// <summary>
/// How a gradient g of J(theta) becomes a parameter update: plain SGD, momentum (classical or Nesterov), or Adam. An
/// optimizer is an immutable description; <see cref="CreateState{T}"/> makes the per-parameter buffers it needs.
/// </summary>
/// <remarks>
/// The update rules, with eta the learning rate eta_k of the step:
/// <code>
/// SGD:       theta &lt;- theta - eta g
/// Momentum:  v &lt;- mu v + g;  theta &lt;- theta - eta v
/// Nesterov:  v &lt;- mu v + g;  theta &lt;- theta - eta (g + mu v)
/// Adam:      m &lt;- b1 m + (1 - b1) g;  s &lt;- b2 s + (1 - b2) g^2;  t &lt;- t + 1
///            theta &lt;- theta - eta (m / (1 - b1^t)) / (sqrt(s / (1 - b2^t)) + epsilon)
/// </code>
/// v, m and s start at 0. The momentum forms accumulate the raw gradient (as PyTorch does), so a change of eta takes
/// effect at once rather than through v.
/// </remarks>
public abstract class Optimizer
{
    private protected Optimizer()
    {
    }

    private static readonly Optimizer PlainSgd = new SgdOptimizer();

    /// <summary>Plain stochastic gradient descent, theta &lt;- theta - eta g: the lecture's rule. It keeps no state.</summary>
    /// <returns>The plain SGD rule (one shared instance: it is immutable and stateless).</returns>
    public static Optimizer Sgd() => PlainSgd;

    /// <summary>
    /// SGD with momentum: v &lt;- mu v + g, then theta &lt;- theta - eta v (classical), or theta &lt;- theta - eta (g + mu v)
    /// (Nesterov's look-ahead form).
    /// </summary>
    /// <param name="momentum">mu, in [0, 1); 0.9 is the usual choice.</param>
    /// <param name="nesterov">True for Nesterov momentum.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="momentum"/> is not in [0, 1).</exception>
    public static Optimizer Momentum(double momentum = 0.9, bool nesterov = false)
    {
        RequireFraction(momentum, nameof(momentum));
        return new MomentumOptimizer(momentum, nesterov);
    }

    /// <summary>
    /// Adam (Kingma and Ba, 2015): per-parameter steps scaled by running estimates of the gradient's first and second
    /// moments, with bias correction. The learning rate is the largest step a parameter takes, about; 0.001 to 0.01 is usual.
    /// </summary>
    /// <param name="beta1">b1, the decay of the first-moment estimate m, in [0, 1).</param>
    /// <param name="beta2">b2, the decay of the second-moment estimate s, in [0, 1).</param>
    /// <param name="epsilon">Added to sqrt(s) so the step stays bounded where the gradient is 0; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static Optimizer Adam(double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
    {
        RequireFraction(beta1, nameof(beta1));
        RequireFraction(beta2, nameof(beta2));
        if (!(epsilon > 0) || double.IsInfinity(epsilon))
        {
            throw new ArgumentOutOfRangeException(
                nameof(epsilon),
                epsilon,
                string.Create(CultureInfo.InvariantCulture, $"'epsilon' must be positive and finite, but was {epsilon}."));
        }

        return new AdamOptimizer(beta1, beta2, epsilon);
    }

    /// <summary>True for plain SGD, which <c>Fit</c> runs through the network's fused <c>TrainStep</c> when it can.</summary>
    internal virtual bool IsPlainSgd => false;

    /// <summary>Which rule this is, by the code a checkpoint's optm section stores.</summary>
    internal abstract OptimizerKind Kind { get; }

    /// <summary>The rule's hyperparameters by name, in a fixed order: what a checkpoint stores, and compares on resume.</summary>
    internal abstract (string Name, double Value)[] Hyperparameters { get; }

    /// <summary>Makes the buffers (velocity, moments) for <paramref name="parameterCount"/> parameters, all starting at 0.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="parameterCount">The number of parameters the state will update; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parameterCount"/> is not positive.</exception>
    public OptimizerState<T> CreateState<T>(int parameterCount)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (parameterCount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(parameterCount), parameterCount, "The parameter count must be positive.");
        }

        return CreateStateCore<T>(parameterCount);
    }

    private protected abstract OptimizerState<T> CreateStateCore<T>(int parameterCount)
        where T : unmanaged, IFloatingPointIeee754<T>;

    private static void RequireFraction(double value, string paramName)
    {
        if (!(value >= 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"'{paramName}' must be in [0, 1), but was {value}."));
        }
    }
}
