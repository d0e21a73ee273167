using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime;

/// <summary>
/// The loop-based building blocks of generated code for layers too large to unroll: SIMD dot products over the rows
/// of W(l) (row-major, so each row is contiguous), SIMD axpy for W^T delta and for the outer-product updates, and
/// vectorised activations. T is float or double. Not meant to be called by users.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DenseKernels
{
    /// <summary>z = W x + b: z_k = sum_j w_kj x_j + b_k for the rows k of the row-major [z.Length x x.Length] matrix W.</summary>
    public static void Affine<T>(ReadOnlySpan<T> w, ReadOnlySpan<T> b, ReadOnlySpan<T> x, Span<T> z)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int inputs = x.Length;
        if (w.Length != inputs * z.Length || b.Length != z.Length)
        {
            throw new ArgumentException("The shapes of W, b, x and z do not agree.");
        }

        for (int k = 0; k < z.Length; k++)
        {
            z[k] = Dot(w.Slice(k * inputs, inputs), x) + b[k];
        }
    }

    /// <summary>sum_i a_i b_i with four independent vector accumulators, so the adds of successive vectors overlap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Dot<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int i = 0;
        T sum = T.Zero;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<T>.Count)
        {
            ReadOnlySpan<Vector<T>> va = MemoryMarshal.Cast<T, Vector<T>>(a);
            ReadOnlySpan<Vector<T>> vb = MemoryMarshal.Cast<T, Vector<T>>(b.Slice(0, a.Length));
            Vector<T> s0 = Vector<T>.Zero, s1 = Vector<T>.Zero, s2 = Vector<T>.Zero, s3 = Vector<T>.Zero;
            int v = 0;
            for (; v + 4 <= va.Length; v += 4)
            {
                s0 += va[v] * vb[v];
                s1 += va[v + 1] * vb[v + 1];
                s2 += va[v + 2] * vb[v + 2];
                s3 += va[v + 3] * vb[v + 3];
            }

            for (; v < va.Length; v++)
            {
                s0 += va[v] * vb[v];
            }

            sum = Vector.Sum((s0 + s1) + (s2 + s3));
            i = va.Length * Vector<T>.Count;
        }

        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>y += alpha x, elementwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MultiplyAdd<T>(T alpha, ReadOnlySpan<T> x, Span<T> y)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<T>.Count)
        {
            ReadOnlySpan<Vector<T>> vx = MemoryMarshal.Cast<T, Vector<T>>(x);
            Span<Vector<T>> vy = MemoryMarshal.Cast<T, Vector<T>>(y.Slice(0, x.Length));
            var va = new Vector<T>(alpha);
            for (int v = 0; v < vx.Length; v++)
            {
                vy[v] += va * vx[v];
            }

            i = vx.Length * Vector<T>.Count;
        }

        for (; i < x.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }

    /// <summary>h = g(z) elementwise; sigmoid, tanh and SiLU a 256-bit vector at a time.</summary>
    public static void Activate<T>(Activation activation, ReadOnlySpan<T> z, Span<T> h)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int i = 0;
        if (activation is Activation.Sigmoid or Activation.Tanh or Activation.SiLU)
        {
            int lanes = Vector256<T>.Count;
            for (; i + lanes <= z.Length; i += lanes)
            {
                Vector256<T> zi = Vector256.Create(z.Slice(i, lanes));
                Vector256<T> g = activation == Activation.Tanh ? Tanh(zi) : Sigmoid(zi);
                if (activation == Activation.SiLU)
                {
                    g *= zi;
                }

                g.CopyTo(h.Slice(i, lanes));
            }
        }

        for (; i < z.Length; i++)
        {
            h[i] = Scalar(activation, z[i]);
        }
    }

    /// <summary>delta_j *= g'(z_j), with g' written from the kept h where that is cheaper (sigmoid, tanh).</summary>
    public static void MultiplyByDerivative<T>(Activation activation, ReadOnlySpan<T> z, ReadOnlySpan<T> h, Span<T> delta)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T one = T.One;
        T leak = T.CreateTruncating(0.01);
        for (int j = 0; j < delta.Length; j++)
        {
            delta[j] *= activation switch
            {
                Activation.Identity => one,
                Activation.Sigmoid => h[j] * (one - h[j]),
                Activation.Tanh => one - (h[j] * h[j]),
                Activation.ReLU => z[j] > T.Zero ? one : T.Zero,
                Activation.LeakyReLU => z[j] > T.Zero ? one : leak,
                Activation.Softplus => ScalarSigmoid(z[j]),
                _ => SiLUDerivative(z[j]),
            };
        }
    }

    /// <summary>result = W^T delta, accumulated a row of W at a time: result += delta_k w_k.</summary>
    public static void TransposedMultiply<T>(ReadOnlySpan<T> w, ReadOnlySpan<T> delta, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int inputs = result.Length;
        result.Clear();
        for (int k = 0; k < delta.Length; k++)
        {
            MultiplyAdd(delta[k], w.Slice(k * inputs, inputs), result);
        }
    }

    /// <summary>dLoss/dW += delta h^T and dLoss/db += delta.</summary>
    public static void AccumulateOuter<T>(ReadOnlySpan<T> delta, ReadOnlySpan<T> h, Span<T> gradientW, Span<T> gradientB)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int inputs = h.Length;
        for (int k = 0; k < delta.Length; k++)
        {
            MultiplyAdd(delta[k], h, gradientW.Slice(k * inputs, inputs));
            gradientB[k] += delta[k];
        }
    }

    /// <summary>
    /// The fused SGD step of one layer in one pass over W: for each row k, first below += delta_k w_k (the old row, for
    /// W^T delta), then w_k -= eta delta_k h and b_k -= eta delta_k. <paramref name="below"/> may be empty (first layer).
    /// </summary>
    public static void BackpropAndUpdate<T>(Span<T> w, Span<T> b, ReadOnlySpan<T> delta, ReadOnlySpan<T> h, Span<T> below, T learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int inputs = h.Length;
        below.Clear();
        for (int k = 0; k < delta.Length; k++)
        {
            Span<T> row = w.Slice(k * inputs, inputs);
            if (!below.IsEmpty)
            {
                MultiplyAdd(delta[k], row, below);
            }

            T step = learningRate * delta[k];
            MultiplyAdd(-step, h, row);
            b[k] -= step;
        }
    }

    private static T Scalar<T>(Activation activation, T z)
        where T : unmanaged, IFloatingPointIeee754<T> => activation switch
        {
            Activation.Identity => z,
            Activation.Sigmoid => ScalarSigmoid(z),
            Activation.Tanh => T.Tanh(z),
            Activation.ReLU => z > T.Zero ? z : T.Zero,
            Activation.LeakyReLU => z > T.Zero ? z : T.CreateTruncating(0.01) * z,
            Activation.Softplus => T.Max(z, T.Zero) + T.Log(T.One + T.Exp(-T.Abs(z))),
            _ => z * ScalarSigmoid(z),
        };

    private static T ScalarSigmoid<T>(T z)
        where T : unmanaged, IFloatingPointIeee754<T> => T.One / (T.One + T.Exp(-z));

    private static T SiLUDerivative<T>(T z)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T s = ScalarSigmoid(z);
        return s * (T.One + (z * (T.One - s)));
    }

    private static Vector256<T> Tanh<T>(Vector256<T> z)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            return VectorMath.Tanh(z.AsSingle()).As<float, T>();
        }

        return VectorMath.Tanh(z.AsDouble()).As<double, T>();
    }

    private static Vector256<T> Sigmoid<T>(Vector256<T> z)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            return VectorMath.Sigmoid(z.AsSingle()).As<float, T>();
        }

        return VectorMath.Sigmoid(z.AsDouble()).As<double, T>();
    }
}
