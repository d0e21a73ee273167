namespace NetGen.Interop.Tests.Networks;

// A deeper classifier that mixes activations, and networks that differ from SigmoidNet (4 -> 6 Sigmoid -> 3 Sigmoid,
// SquaredError) in exactly one respect, for the topology checks of loading and importing.

[Network(Loss.SoftmaxCrossEntropy)]
[Input(5)]
[Dense(8, Activation.Tanh)]
[Dense(7, Activation.SiLU)]
[Dense(6, Activation.LeakyReLU)]
[Dense(4)]
public partial class DeepClassifier;

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(5)]
[Dense(8, Activation.Tanh)]
[Dense(7, Activation.SiLU)]
[Dense(6, Activation.LeakyReLU)]
[Dense(4)]
public partial class DeepClassifierDouble;

/// <summary>SigmoidNet with 7 hidden units instead of 6.</summary>
[Network(Loss.SquaredError)]
[Input(4)]
[Dense(7, Activation.Sigmoid)]
[Dense(3, Activation.Sigmoid)]
public partial class WiderSigmoidNet;

/// <summary>SigmoidNet with a tanh hidden layer.</summary>
[Network(Loss.SquaredError)]
[Input(4)]
[Dense(6, Activation.Tanh)]
[Dense(3, Activation.Sigmoid)]
public partial class TanhHiddenSigmoidNet;

/// <summary>SigmoidNet with 5 inputs.</summary>
[Network(Loss.SquaredError)]
[Input(5)]
[Dense(6, Activation.Sigmoid)]
[Dense(3, Activation.Sigmoid)]
public partial class FiveInputSigmoidNet;

/// <summary>SigmoidNet with a third layer.</summary>
[Network(Loss.SquaredError)]
[Input(4)]
[Dense(6, Activation.Sigmoid)]
[Dense(3, Activation.Sigmoid)]
[Dense(3, Activation.Sigmoid)]
public partial class ThreeLayerSigmoidNet;

/// <summary>4 -> 6 Sigmoid -> 3 Identity regression; <see cref="ScoreClassifier"/> has the same shape and another loss.</summary>
[Network(Loss.SquaredError)]
[Input(4)]
[Dense(6, Activation.Sigmoid)]
[Dense(3)]
public partial class ScoreRegressor;

/// <summary>4 -> 6 Sigmoid -> 3 Identity trained with softmax cross-entropy.</summary>
[Network(Loss.SoftmaxCrossEntropy)]
[Input(4)]
[Dense(6, Activation.Sigmoid)]
[Dense(3)]
public partial class ScoreClassifier;
