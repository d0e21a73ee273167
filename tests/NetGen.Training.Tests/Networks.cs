using NetGen;

namespace NetGen.Training.Tests;

/// <summary>The lecture's XOR network: 2 inputs, 3 sigmoid units, one hinge score.</summary>
[Network(Loss.Hinge)]
[Input(2)]
[Dense(3, Activation.Sigmoid)]
[Dense(1)]
public partial class XorNet
{
}

/// <summary>A 1-16-1 tanh regression network, the universal-approximation example.</summary>
[Network(Loss.SquaredError)]
[Input(1)]
[Dense(16, Activation.Tanh)]
[Dense(1)]
public partial class SineNet
{
}

/// <summary>Four iris measurements to three species.</summary>
[Network(Loss.SoftmaxCrossEntropy)]
[Input(4)]
[Dense(8, Activation.Tanh)]
[Dense(3)]
public partial class IrisNet
{
}

/// <summary>h(x) = w x + b in double precision: small enough to reason about each update exactly.</summary>
[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(1)]
[Dense(1)]
public partial class LineNet
{
}

/// <summary>A 2-4-2 regression network in double precision, for comparing Fit's mini-batch path with a manual one.</summary>
[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(2)]
[Dense(4, Activation.Tanh)]
[Dense(2)]
public partial class SmallRegressionNet
{
}

/// <summary>sign(w x + b) with the logistic loss, in double precision.</summary>
[Network(Loss.Logistic, Precision = Precision.Double)]
[Input(1)]
[Dense(1)]
public partial class LogisticLineNet
{
}
