using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace NetGen.Training;

/// <summary>
/// The learning rate eta_k of update k, where k counts parameter updates (mini-batches) from 0 across all epochs of one
/// <c>Fit</c>. Build one with the static factories, or derive from this class for a schedule of your own; a
/// <see cref="double"/> converts implicitly to a <see cref="Constant(double)"/> schedule.
/// </summary>
/// <remarks>
/// Every rate must be positive and finite: <c>Fit</c> checks each eta_k before it is used and stops with an
/// <see cref="InvalidOperationException"/> (before that update) if it is not.
/// </remarks>
public abstract class LearningRateSchedule
{
    /// <summary>Lets derived classes define their own schedule.</summary>
    protected LearningRateSchedule()
    {
    }

    /// <summary>eta_k, the learning rate of update <paramref name="step"/> (k, counted from 0).</summary>
    /// <param name="step">The number of updates made before this one; never negative.</param>
    public abstract double Rate(long step);

    /// <summary>eta_k = <paramref name="rate"/> for every k.</summary>
    /// <param name="rate">The learning rate, positive and finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not positive and finite.</exception>
    public static LearningRateSchedule Constant(double rate)
    {
        RequirePositive(rate, nameof(rate));
        return new ConstantSchedule(rate);
    }

    /// <summary>The lecture's inverse-time decay eta_k = eta0 / (1 + k / tau): halved after tau updates, a third after 2 tau.</summary>
    /// <param name="initial">eta0, positive and finite.</param>
    /// <param name="tau">The number of updates after which the rate has halved; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not positive and finite.</exception>
    public static LearningRateSchedule InverseTime(double initial, double tau)
    {
        RequirePositive(initial, nameof(initial));
        RequirePositive(tau, nameof(tau));
        return new InverseTimeSchedule(initial, tau);
    }

    /// <summary>Step decay eta_k = eta0 * factor^floor(k / stepSize): the rate drops by <paramref name="factor"/> every <paramref name="stepSize"/> updates.</summary>
    /// <param name="initial">eta0, positive and finite.</param>
    /// <param name="factor">The factor per drop, in (0, 1].</param>
    /// <param name="stepSize">The number of updates between drops; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static LearningRateSchedule Step(double initial, double factor, long stepSize)
    {
        RequirePositive(initial, nameof(initial));
        RequireFactor(factor, nameof(factor));
        RequirePositive(stepSize, nameof(stepSize));
        return new StepSchedule(initial, factor, stepSize);
    }

    /// <summary>Exponential decay eta_k = eta0 * decayRate^(k / decaySteps), a smooth version of <see cref="Step"/>.</summary>
    /// <param name="initial">eta0, positive and finite.</param>
    /// <param name="decayRate">The factor applied over <paramref name="decaySteps"/> updates, in (0, 1].</param>
    /// <param name="decaySteps">The number of updates over which the rate is multiplied by <paramref name="decayRate"/>; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static LearningRateSchedule Exponential(double initial, double decayRate, double decaySteps)
    {
        RequirePositive(initial, nameof(initial));
        RequireFactor(decayRate, nameof(decayRate));
        RequirePositive(decaySteps, nameof(decaySteps));
        return new ExponentialSchedule(initial, decayRate, decaySteps);
    }

    /// <summary>
    /// Cosine annealing eta_k = min + (eta0 - min) (1 + cos(pi k / period)) / 2 for k &lt; period, then min: from eta0 down
    /// to <paramref name="minimum"/> along half a cosine wave. For a whole run, take period = epochs * batches per epoch.
    /// </summary>
    /// <param name="initial">eta0, positive and finite.</param>
    /// <param name="period">The number of updates the decay takes; positive.</param>
    /// <param name="minimum">The final rate, in (0, eta0]. It must be positive because a step with eta = 0 is rejected.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static LearningRateSchedule Cosine(double initial, long period, double minimum)
    {
        RequirePositive(initial, nameof(initial));
        RequirePositive(period, nameof(period));
        RequirePositive(minimum, nameof(minimum));
        if (minimum > initial)
        {
            throw new ArgumentOutOfRangeException(
                nameof(minimum),
                minimum,
                string.Create(CultureInfo.InvariantCulture, $"The minimum rate must not exceed the initial rate {initial}."));
        }

        return new CosineSchedule(initial, period, minimum);
    }

    /// <summary>A constant schedule; the rate is checked when <c>Fit</c> starts.</summary>
    /// <param name="rate">The learning rate.</param>
    public static implicit operator LearningRateSchedule(double rate) => new ConstantSchedule(rate);

    private static void RequirePositive(double value, string paramName)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"'{paramName}' must be positive and finite, but was {value}."));
        }
    }

    private static void RequireFactor(double value, string paramName)
    {
        if (!(value > 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"'{paramName}' must be in (0, 1], but was {value}."));
        }
    }

    private sealed class ConstantSchedule(double rate) : LearningRateSchedule
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override double Rate(long step) => rate;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"constant {rate}");
    }

    private sealed class InverseTimeSchedule(double initial, double tau) : LearningRateSchedule
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override double Rate(long step) => initial / (1 + step / tau);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{initial} / (1 + k / {tau})");
    }

    private sealed class StepSchedule(double initial, double factor, long stepSize) : LearningRateSchedule
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override double Rate(long step) => initial * Math.Pow(factor, step / stepSize);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{initial} * {factor}^floor(k / {stepSize})");
    }

    private sealed class ExponentialSchedule(double initial, double decayRate, double decaySteps) : LearningRateSchedule
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override double Rate(long step) => initial * Math.Pow(decayRate, step / decaySteps);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{initial} * {decayRate}^(k / {decaySteps})");
    }

    private sealed class CosineSchedule(double initial, long period, double minimum) : LearningRateSchedule
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override double Rate(long step) =>
            step >= period ? minimum : minimum + (initial - minimum) * (1 + Math.Cos(Math.PI * step / period)) / 2;

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"cosine {initial} -> {minimum} over {period} updates");
    }
}
