using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NetGen;

/// <summary>One dense layer of a <see cref="NetworkTopology"/>: z = W h + b, then the activation.</summary>
/// <param name="Inputs">The fan-in: neurons j of the layer's input h(l).</param>
/// <param name="Units">The neurons k of the layer's output h(l+1).</param>
/// <param name="Activation">The activation g.</param>
/// <param name="WeightOffset">Index of w_00 in <see cref="INetwork{T}.Parameters"/>; w_kj is at WeightOffset + k * Inputs + j.</param>
/// <param name="BiasOffset">Index of b_0, right after the weights.</param>
public sealed record LayerTopology(int Inputs, int Units, Activation Activation, int WeightOffset, int BiasOffset);

/// <summary>
/// The architecture of a generated network as data: input size, layers, loss, precision. Every generated class exposes
/// one as its static <c>Topology</c>; training, persistence and ONNX export read it.
/// </summary>
public sealed class NetworkTopology : IEquatable<NetworkTopology>
{
    private readonly LayerTopology[] _layers;

    /// <summary>Builds a topology from the input size and the (units, activation) of each layer, in order.</summary>
    public NetworkTopology(int inputSize, Loss loss, Precision precision, params (int Units, Activation Activation)[] layers)
    {
        if (inputSize <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(inputSize), inputSize, "The input size must be positive.");
        }

        if (layers is null || layers.Length == 0)
        {
            throw new ArgumentException("A network needs at least one layer.", nameof(layers));
        }

        InputSize = inputSize;
        Loss = loss;
        Precision = precision;
        _layers = new LayerTopology[layers.Length];
        int offset = 0;
        int inputs = inputSize;
        for (int i = 0; i < layers.Length; i++)
        {
            if (layers[i].Units <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(layers), layers[i].Units, $"Layer {i + 1} must have a positive number of units.");
            }

            int weights = checked(inputs * layers[i].Units);
            _layers[i] = new LayerTopology(inputs, layers[i].Units, layers[i].Activation, offset, offset + weights);
            offset = checked(offset + weights + layers[i].Units);
            inputs = layers[i].Units;
        }

        ParameterCount = offset;
    }

    /// <summary>The number of inputs.</summary>
    public int InputSize { get; }

    /// <summary>The number of outputs: the units of the last layer.</summary>
    public int OutputSize => _layers[_layers.Length - 1].Units;

    /// <summary>The loss the network trains with.</summary>
    public Loss Loss { get; }

    /// <summary>The element type.</summary>
    public Precision Precision { get; }

    /// <summary>The layers of trainable weights, first to last.</summary>
    public IReadOnlyList<LayerTopology> Layers => _layers;

    /// <summary>The total number of weights and biases.</summary>
    public int ParameterCount { get; }

    /// <summary>True for the losses that classify (Hinge, Logistic, SoftmaxCrossEntropy).</summary>
    public bool IsClassifier => Loss != Loss.SquaredError;

    /// <inheritdoc/>
    public bool Equals(NetworkTopology? other) =>
        other is not null
        && InputSize == other.InputSize
        && Loss == other.Loss
        && Precision == other.Precision
        && _layers.SequenceEqual(other._layers);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NetworkTopology);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(InputSize);
        hash.Add(Loss);
        hash.Add(Precision);
        foreach (LayerTopology layer in _layers)
        {
            hash.Add(layer);
        }

        return hash.ToHashCode();
    }

    /// <summary>"2 -> 3 Sigmoid -> 1 Identity, Hinge, Single".</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(InputSize.ToString(CultureInfo.InvariantCulture));
        foreach (LayerTopology layer in _layers)
        {
            text.Append(" -> ").Append(layer.Units.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(layer.Activation);
        }

        return text.Append(", ").Append(Loss).Append(", ").Append(Precision).ToString();
    }
}
