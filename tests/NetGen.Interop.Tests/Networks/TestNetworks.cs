namespace NetGen.Interop.Tests.Networks;

// One float and one double network per activation, with the activation on both layers so that the hidden and the output
// layer are both exercised (SquaredError accepts any output activation): 4 -> 6 g -> 3 g.

[Network(Loss.SquaredError)]
[Input(4)]
[Dense(6, Activation.Identity)]
[Dense(3, Activation.Identity)]
public partial class IdentityNet;

[Network(Loss.SquaredError)]
[Input(4)]
[Dense(6, Activation.Sigmoid)]
[Dense(3, Activation.Sigmoid)]
public partial class SigmoidNet;

[Network(Loss.SquaredError)]
[Input(4)]
[Dense(6, Activation.Tanh)]
[Dense(3, Activation.Tanh)]
public partial class TanhNet;

[Network(Loss.SquaredError)]
[Input(4)]
[Dense(6, Activation.ReLU)]
[Dense(3, Activation.ReLU)]
public partial class ReluNet;

[Network(Loss.SquaredError)]
[Input(4)]
[Dense(6, Activation.LeakyReLU)]
[Dense(3, Activation.LeakyReLU)]
public partial class LeakyReluNet;

[Network(Loss.SquaredError)]
[Input(4)]
[Dense(6, Activation.Softplus)]
[Dense(3, Activation.Softplus)]
public partial class SoftplusNet;

[Network(Loss.SquaredError)]
[Input(4)]
[Dense(6, Activation.SiLU)]
[Dense(3, Activation.SiLU)]
public partial class SiluNet;

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(4)]
[Dense(6, Activation.Identity)]
[Dense(3, Activation.Identity)]
public partial class IdentityNetDouble;

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(4)]
[Dense(6, Activation.Sigmoid)]
[Dense(3, Activation.Sigmoid)]
public partial class SigmoidNetDouble;

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(4)]
[Dense(6, Activation.Tanh)]
[Dense(3, Activation.Tanh)]
public partial class TanhNetDouble;

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(4)]
[Dense(6, Activation.ReLU)]
[Dense(3, Activation.ReLU)]
public partial class ReluNetDouble;

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(4)]
[Dense(6, Activation.LeakyReLU)]
[Dense(3, Activation.LeakyReLU)]
public partial class LeakyReluNetDouble;

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(4)]
[Dense(6, Activation.Softplus)]
[Dense(3, Activation.Softplus)]
public partial class SoftplusNetDouble;

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(4)]
[Dense(6, Activation.SiLU)]
[Dense(3, Activation.SiLU)]
public partial class SiluNetDouble;

/// <summary>Creates the per-activation networks by activation, for theories.</summary>
public static class ActivationNetworks
{
    public static INetwork<float> Float(Activation activation) => activation switch
    {
        Activation.Identity => new IdentityNet(),
        Activation.Sigmoid => new SigmoidNet(),
        Activation.Tanh => new TanhNet(),
        Activation.ReLU => new ReluNet(),
        Activation.LeakyReLU => new LeakyReluNet(),
        Activation.Softplus => new SoftplusNet(),
        Activation.SiLU => new SiluNet(),
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, null),
    };

    public static INetwork<double> Double(Activation activation) => activation switch
    {
        Activation.Identity => new IdentityNetDouble(),
        Activation.Sigmoid => new SigmoidNetDouble(),
        Activation.Tanh => new TanhNetDouble(),
        Activation.ReLU => new ReluNetDouble(),
        Activation.LeakyReLU => new LeakyReluNetDouble(),
        Activation.Softplus => new SoftplusNetDouble(),
        Activation.SiLU => new SiluNetDouble(),
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, null),
    };

    public static TheoryData<Activation> All => new(Enum.GetValues<Activation>());
}
