using NetGen;

namespace NetGen.Tests.Networks;

/// <summary>The lecture's XOR network.</summary>
[Network(Loss.Hinge)]
[Input(2)]
[Dense(3, Activation.Sigmoid)]
[Dense(1)]
public partial class XorNet
{
}

/// <summary>The network of the PyTorch reference case: 4-8-3, tanh hidden, softmax cross-entropy, float64.</summary>
[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(4)]
[Dense(8, Activation.Tanh)]
[Dense(3)]
public partial class PyTorchReferenceNet
{
}

/// <summary>A wide layer, so the initial weights give a usable sample of the initialiser's distribution.</summary>
[Network(Loss.SquaredError)]
[Input(30)]
[Dense(30, Activation.ReLU)]
[Dense(1, Activation.Tanh)]
public partial class WideNet
{
}

/// <summary>Declared in a file-scoped namespace inside a nested partial class, and with a user constructor.</summary>
public partial class Outer
{
    [Network(Loss.Logistic, Precision = Precision.Double)]
    [Input(2)]
    [Dense(4, Activation.Tanh)]
    [Dense(1)]
    public partial class InnerNet
    {
        public InnerNet(int seed) => InitializeParameters(seed);

        public InnerNet()
        {
        }
    }
}

/// <summary>Two wide layers, one Glorot (tanh) and one He (ReLU), so the initial weights of each give a usable sample of its sigma.</summary>
[Network(Loss.SquaredError, Unroll = Unrolling.Never)]
[Input(32)]
[Dense(48, Activation.Tanh)]
[Dense(40, Activation.ReLU)]
[Dense(1)]
public partial class SpreadNet
{
}

/// <summary>A network whose only constructors are the user's: one with an argument and one chained to it.</summary>
[Network(Loss.SoftmaxCrossEntropy)]
[Input(3)]
[Dense(5, Activation.Sigmoid)]
[Dense(4)]
public partial class OwnConstructorNet
{
    public OwnConstructorNet(string name) => Name = name;

    public OwnConstructorNet(int number)
        : this("net " + number)
    {
    }

    public string Name { get; }
}
