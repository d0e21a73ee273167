using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime;

/// <summary>
/// The argument checks of generated code. The throwing paths live here, out of line, so the generated hot methods stay
/// small enough for the JIT to optimise fully. Not meant to be called by users.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Guard
{
    /// <summary>Throws when a span does not have exactly the expected length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Length(int actual, int expected, string paramName)
    {
        if (actual != expected)
        {
            ThrowLength(actual, expected, paramName);
        }
    }

    /// <summary>Throws when a span is shorter than the expected length.</summary>
    public static void AtLeast(int actual, int expected, string paramName)
    {
        if (actual < expected)
        {
            ThrowLength(actual, expected, paramName);
        }
    }

    /// <summary>The number of whole rows of <paramref name="width"/> values in a span of <paramref name="length"/>; throws when it does not divide.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Rows(int length, int width, string paramName)
    {
        // Inlined, so a generated caller's constant width turns the division into a multiplication.
        int rows = length / width;
        if (rows * width != length)
        {
            ThrowRows(length, width, paramName);
        }

        return rows;
    }

    [DoesNotReturn]
    private static void ThrowRows(int length, int width, string paramName) =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"'{paramName}' must hold whole rows of {width} values, but has length {length}."),
            paramName);

    [DoesNotReturn]
    private static void ThrowLength(int actual, int expected, string paramName) =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"'{paramName}' must have length {expected}, but has length {actual}."),
            paramName);

    /// <summary>Throws unless <paramref name="label"/> is +1 or -1.</summary>
    public static void BinaryLabel(float label, string paramName)
    {
        if (label != 1f && label != -1f)
        {
            ThrowBinaryLabel(label, paramName);
        }
    }

    /// <summary>Throws unless <paramref name="label"/> is +1 or -1.</summary>
    public static void BinaryLabel(double label, string paramName)
    {
        if (label != 1d && label != -1d)
        {
            ThrowBinaryLabel(label, paramName);
        }
    }

    [DoesNotReturn]
    private static void ThrowBinaryLabel(double label, string paramName) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            label,
            string.Create(CultureInfo.InvariantCulture, $"The label must be +1 or -1 for this loss, but was {label}."));

    /// <summary>Throws unless <paramref name="label"/> is a class index in [0, <paramref name="classCount"/>).</summary>
    public static void ClassIndex(int label, int classCount, string paramName)
    {
        if ((uint)label >= (uint)classCount)
        {
            ThrowClassIndex(label, classCount, paramName);
        }
    }

    [DoesNotReturn]
    private static void ThrowClassIndex(double label, int classCount, string paramName) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            label,
            string.Create(CultureInfo.InvariantCulture, $"The class index must be an integer in [0, {classCount}), but was {label}."));

    /// <summary>Converts a class index stored as a float to an int, throwing unless it is an integer in range.</summary>
    public static int ClassIndex(float label, int classCount, string paramName) => ClassIndex((double)label, classCount, paramName);

    /// <summary>Converts a class index stored as a double to an int, throwing unless it is an integer in range.</summary>
    public static int ClassIndex(double label, int classCount, string paramName)
    {
        if (!(label >= 0 && label < classCount) || label != Math.Floor(label))
        {
            ThrowClassIndex(label, classCount, paramName);
        }

        return (int)label;
    }

    /// <summary>Throws unless the learning rate is positive and finite.</summary>
    public static void LearningRate(double learningRate, string paramName)
    {
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                learningRate,
                string.Create(CultureInfo.InvariantCulture, $"The learning rate must be positive and finite, but was {learningRate}."));
        }
    }

    /// <summary>Throws when any value is NaN or infinite; training on it would write NaN into the weights.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Finite(ReadOnlySpan<float> values, string paramName)
    {
        if (!AllFinite(values))
        {
            for (int i = 0; i < values.Length; i++)
            {
                if (!float.IsFinite(values[i]))
                {
                    ThrowNotFinite(values[i], i, paramName);
                }
            }
        }
    }

    /// <summary>Throws when any value is NaN or infinite; training on it would write NaN into the weights.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Finite(ReadOnlySpan<double> values, string paramName)
    {
        if (!AllFinite(values))
        {
            for (int i = 0; i < values.Length; i++)
            {
                if (!double.IsFinite(values[i]))
                {
                    ThrowNotFinite(values[i], i, paramName);
                }
            }
        }
    }

    /// <summary>
    /// Whether every value is finite, a 256-bit vector at a time: v * 0 is 0 for a finite v and NaN for an infinite or
    /// NaN one, so the sum of the products is 0 exactly when all are finite (a last partial vector is read overlapping
    /// the one before it). One add a vector instead of a compare and branch an element: on a 64-input TrainStep the
    /// scalar loop was a quarter of the method's samples.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static bool AllFinite<T>(ReadOnlySpan<T> values)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = values.Length;
        int lanes = Vector256<T>.Count;
        if (!Vector256.IsHardwareAccelerated || n < lanes)
        {
            for (int i = 0; i < n; i++)
            {
                if (!T.IsFinite(values[i]))
                {
                    return false;
                }
            }

            return true;
        }

        ref T first = ref MemoryMarshal.GetReference(values);
        Vector256<T> a = Vector256<T>.Zero, b = Vector256<T>.Zero;
        int j = 0;
        for (; j + (2 * lanes) <= n; j += 2 * lanes)
        {
            a += Vector256.LoadUnsafe(ref first, (nuint)j) * Vector256<T>.Zero;
            b += Vector256.LoadUnsafe(ref first, (nuint)(j + lanes)) * Vector256<T>.Zero;
        }

        a += Vector256.LoadUnsafe(ref first, (nuint)(n - lanes)) * Vector256<T>.Zero;
        if (j + lanes <= n)
        {
            b += Vector256.LoadUnsafe(ref first, (nuint)j) * Vector256<T>.Zero;
        }

        return Vector256.EqualsAll(a + b, Vector256<T>.Zero);
    }

    /// <summary>
    /// Throws when the loss of a training step is not finite: the weights have diverged, and updating with its gradient
    /// would fill them with NaN. Called before any parameter is changed.
    /// </summary>
    public static void FiniteLoss(float loss)
    {
        if (!float.IsFinite(loss))
        {
            Diverged(loss);
        }
    }

    /// <summary>See <see cref="FiniteLoss(float)"/>.</summary>
    public static void FiniteLoss(double loss)
    {
        if (!double.IsFinite(loss))
        {
            Diverged(loss);
        }
    }

    /// <summary>
    /// Throws the exception of <see cref="FiniteLoss(float)"/> for a loss already known not to be finite. Generated code
    /// that checks the pieces of its loss (the softmax's sum and shift) calls it, so that the log is taken only on this
    /// path and at the end of a step, and the call, which never returns, does not make the JIT keep vector registers
    /// across it.
    /// </summary>
    [DoesNotReturn]
    public static void Diverged(double loss) =>
        throw new ArithmeticException(
            string.Create(CultureInfo.InvariantCulture, $"The loss is {loss}, so the weights have diverged (lower the learning rate); the parameters were left unchanged."));

    [DoesNotReturn]
    private static void ThrowNotFinite(double value, int index, string paramName) =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"'{paramName}' must hold finite numbers, but element {index} is {value}."),
            paramName);
}
