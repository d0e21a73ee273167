using NetGen;

namespace NetGen.Examples.OnlineLearner;

/// <summary>A point (x1, x2) to a score z whose sign is the class; 16 tanh units let the boundary curve.</summary>
[Network(Loss.Logistic)]
[Input(2)]
[Dense(16, Activation.Tanh)]
[Dense(1)]
public partial class OnlineNet
{
}
