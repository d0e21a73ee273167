using System.Globalization;
using CsCheck;

namespace NetGen.Reliability.Tests.Networks;

/// <summary>One dense layer: its units and activation.</summary>
public sealed record Layer(int Units, Activation Activation);

/// <summary>A random network architecture, and the [Network] declaration that asks NetGen for it.</summary>
public sealed record Topology(int Id, Loss Loss, Precision Precision, Unrolling Unroll, int InputSize, IReadOnlyList<Layer> Layers)
{
    /// <summary>Widths of networks left to Unroll = Auto: small enough that most unroll, since unrolled code is costly to compile in bulk.</summary>
    public const int MaxAutoWidth = 6;

    public const int MaxWidth = 32;

    public string ClassName => "Net" + Id.ToString(CultureInfo.InvariantCulture);

    public string FullName => "Random." + ClassName;

    public int OutputSize => Layers[^1].Units;

    public int TargetSize => Loss == Loss.SquaredError ? OutputSize : 1;

    public int ParameterCount
    {
        get
        {
            int count = 0;
            int inputs = InputSize;
            foreach (Layer layer in Layers)
            {
                count += (inputs * layer.Units) + layer.Units;
                inputs = layer.Units;
            }

            return count;
        }
    }

    /// <summary>Fan-in of each layer: the input size, then the previous layer's units.</summary>
    public int InputsOf(int layer) => layer == 0 ? InputSize : Layers[layer - 1].Units;

    public string Declaration()
    {
        string layers = string.Concat(Layers.Select(l => $"[Dense({l.Units}, Activation.{l.Activation})]"));
        return $"[Network(Loss.{Loss}, Precision = Precision.{Precision}, Unroll = Unrolling.{Unroll})][Input({InputSize})]{layers} public partial class {ClassName} {{ }}";
    }

    public override string ToString() =>
        $"{ClassName}: {Loss}, {Precision}, {Unroll}, {InputSize} -> {string.Join(" -> ", Layers.Select(l => $"{l.Units} {l.Activation}"))}";

    /// <summary>
    /// 1 to 4 hidden layers of 1 to 32 units (1 to <see cref="MaxAutoWidth"/> under Unroll = Auto) with any activation,
    /// any loss with an output layer that fits it, either precision, Auto or Never.
    /// </summary>
    public static Gen<Topology> Generator(int id) =>
        from loss in Gen.Enum<Loss>()
        from precision in Gen.Enum<Precision>()
        from unroll in Gen.OneOf(Unrolling.Auto, Unrolling.Never)
        from topology in Shape(id, loss, precision, unroll, unroll == Unrolling.Auto ? MaxAutoWidth : MaxWidth)
        select topology;

    private static Gen<Topology> Shape(int id, Loss loss, Precision precision, Unrolling unroll, int maxWidth) =>
        from input in Gen.Int[1, maxWidth]
        from hidden in Gen.Select(Gen.Int[1, maxWidth], Gen.Enum<Activation>(), (units, activation) => new Layer(units, activation)).Array[1, 4]
        from output in OutputLayer(loss, maxWidth)
        select new Topology(id, loss, precision, unroll, input, [.. hidden, output]);

    private static Gen<Layer> OutputLayer(Loss loss, int maxWidth) => loss switch
    {
        Loss.Hinge or Loss.Logistic => Gen.Const(new Layer(1, Activation.Identity)),
        Loss.SoftmaxCrossEntropy => Gen.Int[2, Math.Min(maxWidth, 10)].Select(units => new Layer(units, Activation.Identity)),
        _ => Gen.Select(Gen.Int[1, Math.Min(maxWidth, 10)], Gen.Enum<Activation>(), (units, activation) => new Layer(units, activation)),
    };
}
