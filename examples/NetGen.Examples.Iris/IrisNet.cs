using NetGen;

namespace NetGen.Examples.Iris;

/// <summary>Four flower measurements, 8 tanh units, and one score per species; softmax cross-entropy picks the species.</summary>
[Network(Loss.SoftmaxCrossEntropy)]
[Input(4)]
[Dense(8, Activation.Tanh)]
[Dense(3)]
public partial class IrisNet
{
}
