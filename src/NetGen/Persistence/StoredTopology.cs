using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NetGen.Persistence;

/// <summary>
/// The topology fingerprint as a weight file stores it: input size, loss, and (units, activation) per layer, kept as the
/// raw numbers read so that a file from another network, or a damaged one, can still be described in a message.
/// </summary>
internal sealed class StoredTopology
{
    public StoredTopology(uint inputSize, uint loss, IReadOnlyList<(uint Units, uint Activation)> layers)
    {
        InputSize = inputSize;
        Loss = loss;
        Layers = layers;
    }

    public uint InputSize { get; }

    public uint Loss { get; }

    public IReadOnlyList<(uint Units, uint Activation)> Layers { get; }

    /// <summary>The fingerprint of a live network's topology, as it is written.</summary>
    public static StoredTopology From(NetworkTopology topology) => new(
        (uint)topology.InputSize,
        (uint)topology.Loss,
        topology.Layers.Select(layer => ((uint)layer.Units, (uint)layer.Activation)).ToArray());

    /// <summary>
    /// Compares the file's fingerprint with <paramref name="expected"/> and lists every difference, input size first,
    /// then layer by layer, then the loss; empty when they match.
    /// </summary>
    public IReadOnlyList<string> DifferencesFrom(NetworkTopology expected)
    {
        var differences = new List<string>();
        if (InputSize != expected.InputSize)
        {
            differences.Add(Invariant($"input size: expected {expected.InputSize}, found {InputSize}"));
        }

        int layerCount = Math.Max(Layers.Count, expected.Layers.Count);
        for (int i = 0; i < layerCount; i++)
        {
            string expectedLayer = i < expected.Layers.Count
                ? DescribeLayer((uint)expected.Layers[i].Units, (uint)expected.Layers[i].Activation)
                : "no layer";
            string foundLayer = i < Layers.Count ? DescribeLayer(Layers[i].Units, Layers[i].Activation) : "no layer";
            if (expectedLayer != foundLayer)
            {
                differences.Add(Invariant($"layer {i + 1}: expected {expectedLayer}, found {foundLayer}"));
            }
        }

        if (Loss != (uint)expected.Loss)
        {
            differences.Add($"loss: expected {expected.Loss}, found {DescribeLoss(Loss)}");
        }

        return differences;
    }

    /// <summary>Builds the <see cref="NetworkTopology"/> this fingerprint describes, or explains why it describes none.</summary>
    public NetworkTopology ToTopology(Precision precision)
    {
        if (InputSize is 0 or > int.MaxValue)
        {
            throw Malformed(Invariant($"an input size of {InputSize}"));
        }

        if (!IsDefinedLoss(Loss))
        {
            throw Malformed(Invariant($"the unknown loss {Loss}"));
        }

        if (Layers.Count == 0)
        {
            throw Malformed("no layers");
        }

        var layers = new (int Units, Activation Activation)[Layers.Count];
        for (int i = 0; i < layers.Length; i++)
        {
            (uint units, uint activation) = Layers[i];
            if (units is 0 or > int.MaxValue)
            {
                throw Malformed(Invariant($"layer {i + 1} with {units} units"));
            }

            if (!IsDefinedActivation(activation))
            {
                throw Malformed(Invariant($"layer {i + 1} with the unknown activation {activation}"));
            }

            layers[i] = ((int)units, (Activation)activation);
        }

        try
        {
            return new NetworkTopology((int)InputSize, (Loss)Loss, precision, layers);
        }
        catch (OverflowException e)
        {
            throw new WeightFileException(WeightFileError.Malformed, "The file's topology has more parameters than a network can hold.", e);
        }
    }

    /// <summary>"4 -> 6 Tanh -> 3 Identity, SquaredError", the form <see cref="NetworkTopology.ToString"/> uses.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(InputSize.ToString(CultureInfo.InvariantCulture));
        foreach ((uint units, uint activation) in Layers)
        {
            text.Append(" -> ").Append(DescribeLayer(units, activation));
        }

        return text.Append(", ").Append(DescribeLoss(Loss)).ToString();
    }

    private static string DescribeLayer(uint units, uint activation) =>
        units.ToString(CultureInfo.InvariantCulture) + " " + DescribeActivation(activation);

    private static bool IsDefinedLoss(uint value) => value <= int.MaxValue && Enum.IsDefined((Loss)(int)value);

    private static bool IsDefinedActivation(uint value) => value <= int.MaxValue && Enum.IsDefined((Activation)(int)value);

    private static string DescribeLoss(uint value) =>
        IsDefinedLoss(value) ? ((Loss)(int)value).ToString() : Invariant($"Loss({value})");

    private static string DescribeActivation(uint value) =>
        IsDefinedActivation(value) ? ((Activation)(int)value).ToString() : Invariant($"Activation({value})");

    private static WeightFileException Malformed(string what) =>
        new(WeightFileError.Malformed, $"The file's topology section describes {what}, which no network has.");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
