using System;

namespace NetGen;

/// <summary>
/// Marks a partial class as a neural network that NetGen compiles into C# at build time. Declare the input with
/// <see cref="InputAttribute"/> and the layers, in source order, with <see cref="DenseAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class NetworkAttribute : Attribute
{
    /// <summary>Declares a network trained with <paramref name="loss"/>.</summary>
    public NetworkAttribute(Loss loss) => Loss = loss;

    /// <summary>The loss the generated training code minimises.</summary>
    public Loss Loss { get; }

    /// <summary>The element type of the generated code: <see cref="Precision.Single"/> (float, the default) or <see cref="Precision.Double"/>.</summary>
    public Precision Precision { get; set; }

    /// <summary>Unrolled straight-line code or loops over SIMD kernels; <see cref="Unrolling.Auto"/> (the default) picks by size.</summary>
    public Unrolling Unroll { get; set; }
}

/// <summary>Declares the number of inputs of a <see cref="NetworkAttribute"/> network: h(1) = x has this many elements.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class InputAttribute : Attribute
{
    /// <summary>Declares <paramref name="size"/> inputs.</summary>
    public InputAttribute(int size) => Size = size;

    /// <summary>The number of inputs.</summary>
    public int Size { get; }
}

/// <summary>
/// A fully connected layer z(l+1) = W(l) h(l) + b(l), h(l+1) = g(z(l+1)). Layers are the [Dense] attributes in source
/// order; the last one is the output layer.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class DenseAttribute : Attribute
{
    /// <summary>Declares a layer of <paramref name="units"/> neurons with activation <paramref name="activation"/>.</summary>
    public DenseAttribute(int units, Activation activation = Activation.Identity)
    {
        Units = units;
        Activation = activation;
    }

    /// <summary>The number of neurons in the layer.</summary>
    public int Units { get; }

    /// <summary>The layer's activation function.</summary>
    public Activation Activation { get; }
}
