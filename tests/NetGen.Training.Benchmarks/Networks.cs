using NetGen;

namespace NetGen.Training.Benchmarks;

/// <summary>The sine example's 1-16-1 tanh regression network.</summary>
[Network(Loss.SquaredError)]
[Input(1)]
[Dense(16, Activation.Tanh)]
[Dense(1)]
public partial class SineNet
{
}

/// <summary>The lecture's 2-3-1 XOR network: so small that any per-sample overhead of Fit shows.</summary>
[Network(Loss.Hinge)]
[Input(2)]
[Dense(3, Activation.Sigmoid)]
[Dense(1)]
public partial class XorNet
{
}
