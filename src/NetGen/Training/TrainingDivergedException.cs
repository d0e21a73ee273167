using System;

namespace NetGen.Training;

/// <summary>
/// Training produced a non-finite loss, gradient or parameter. <c>Fit</c> throws it after putting back the parameters
/// of the start of <see cref="Epoch"/>, the last ones known to be finite, so the network never holds NaN.
/// </summary>
public sealed class TrainingDivergedException : ArithmeticException
{
    /// <summary>Creates the exception with a default message.</summary>
    public TrainingDivergedException()
        : base("Training diverged.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">What diverged.</param>
    public TrainingDivergedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the exception that revealed the divergence.</summary>
    /// <param name="message">What diverged.</param>
    /// <param name="innerException">The exception that revealed it.</param>
    public TrainingDivergedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TrainingDivergedException(string message, int epoch, long update, Exception? innerException)
        : base(message, innerException)
    {
        Epoch = epoch;
        Update = update;
    }

    /// <summary>The epoch in which training diverged, counted from 1; 0 when unknown.</summary>
    public int Epoch { get; }

    /// <summary>The update k (counted from 0 over the run) that diverged, or the first update after the check that found it.</summary>
    public long Update { get; }
}
