using NetGen;

namespace NetGen.Examples.Xor;

/// <summary>The lecture's XOR network: 2 inputs, 3 sigmoid hidden units, one raw score z trained with the hinge loss.</summary>
[Network(Loss.Hinge)]
[Input(2)]
[Dense(3, Activation.Sigmoid)]
[Dense(1)]
public partial class XorNet
{
}
