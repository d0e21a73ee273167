// Written by generate_networks.py; edit the script, not this file.
using NetGen;

namespace NetGen.Tests.Networks;

[Network(Loss.Hinge, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Identity_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Identity)]
[Dense(3, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class Deep_Identity_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Identity_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Identity)]
[Dense(6, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Identity_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Identity_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Identity)]
[Dense(3, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class Deep_Identity_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Identity_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Identity)]
[Dense(6, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Identity_Hinge_D { }

[Network(Loss.Logistic, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Identity_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Identity)]
[Dense(3, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class Deep_Identity_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Identity_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Identity)]
[Dense(6, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Identity_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Identity_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Identity)]
[Dense(3, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class Deep_Identity_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Identity_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Identity)]
[Dense(6, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Identity_Logistic_D { }

[Network(Loss.SquaredError, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Identity)]
[Dense(2, Activation.Identity)]
public partial class Shallow_Identity_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Identity)]
[Dense(3, Activation.Sigmoid)]
[Dense(2, Activation.Identity)]
public partial class Deep_Identity_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Identity)]
[Dense(2, Activation.Identity)]
public partial class LoopShallow_Identity_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Identity)]
[Dense(6, Activation.Sigmoid)]
[Dense(2, Activation.Identity)]
public partial class LoopDeep_Identity_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Identity)]
[Dense(2, Activation.Identity)]
public partial class Shallow_Identity_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Identity)]
[Dense(3, Activation.Sigmoid)]
[Dense(2, Activation.Identity)]
public partial class Deep_Identity_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Identity)]
[Dense(2, Activation.Identity)]
public partial class LoopShallow_Identity_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Identity)]
[Dense(6, Activation.Sigmoid)]
[Dense(2, Activation.Identity)]
public partial class LoopDeep_Identity_SquaredError_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Identity)]
[Dense(3, Activation.Identity)]
public partial class Shallow_Identity_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Identity)]
[Dense(3, Activation.Sigmoid)]
[Dense(3, Activation.Identity)]
public partial class Deep_Identity_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Identity)]
[Dense(11, Activation.Identity)]
public partial class LoopShallow_Identity_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Identity)]
[Dense(6, Activation.Sigmoid)]
[Dense(11, Activation.Identity)]
public partial class LoopDeep_Identity_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(4)]
[Dense(16, Activation.Identity)]
[Dense(3, Activation.Identity)]
public partial class Wide_Identity_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Identity)]
[Dense(3, Activation.Identity)]
public partial class Shallow_Identity_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Identity)]
[Dense(3, Activation.Sigmoid)]
[Dense(3, Activation.Identity)]
public partial class Deep_Identity_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Identity)]
[Dense(11, Activation.Identity)]
public partial class LoopShallow_Identity_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Identity)]
[Dense(6, Activation.Sigmoid)]
[Dense(11, Activation.Identity)]
public partial class LoopDeep_Identity_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(4)]
[Dense(16, Activation.Identity)]
[Dense(3, Activation.Identity)]
public partial class Wide_Identity_SoftmaxCrossEntropy_D { }

[Network(Loss.Hinge, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Sigmoid_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Sigmoid)]
[Dense(3, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class Deep_Sigmoid_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Sigmoid_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Sigmoid)]
[Dense(6, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Sigmoid_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Sigmoid_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Sigmoid)]
[Dense(3, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class Deep_Sigmoid_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Sigmoid_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Sigmoid)]
[Dense(6, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Sigmoid_Hinge_D { }

[Network(Loss.Logistic, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Sigmoid_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Sigmoid)]
[Dense(3, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class Deep_Sigmoid_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Sigmoid_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Sigmoid)]
[Dense(6, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Sigmoid_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Sigmoid_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Sigmoid)]
[Dense(3, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class Deep_Sigmoid_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Sigmoid)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Sigmoid_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Sigmoid)]
[Dense(6, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Sigmoid_Logistic_D { }

[Network(Loss.SquaredError, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Sigmoid)]
[Dense(2, Activation.Sigmoid)]
public partial class Shallow_Sigmoid_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Sigmoid)]
[Dense(3, Activation.Tanh)]
[Dense(2, Activation.Sigmoid)]
public partial class Deep_Sigmoid_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Sigmoid)]
[Dense(2, Activation.Sigmoid)]
public partial class LoopShallow_Sigmoid_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Sigmoid)]
[Dense(6, Activation.Tanh)]
[Dense(2, Activation.Sigmoid)]
public partial class LoopDeep_Sigmoid_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Sigmoid)]
[Dense(2, Activation.Sigmoid)]
public partial class Shallow_Sigmoid_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Sigmoid)]
[Dense(3, Activation.Tanh)]
[Dense(2, Activation.Sigmoid)]
public partial class Deep_Sigmoid_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Sigmoid)]
[Dense(2, Activation.Sigmoid)]
public partial class LoopShallow_Sigmoid_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Sigmoid)]
[Dense(6, Activation.Tanh)]
[Dense(2, Activation.Sigmoid)]
public partial class LoopDeep_Sigmoid_SquaredError_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Sigmoid)]
[Dense(3, Activation.Identity)]
public partial class Shallow_Sigmoid_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Sigmoid)]
[Dense(3, Activation.Tanh)]
[Dense(3, Activation.Identity)]
public partial class Deep_Sigmoid_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Sigmoid)]
[Dense(11, Activation.Identity)]
public partial class LoopShallow_Sigmoid_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Sigmoid)]
[Dense(6, Activation.Tanh)]
[Dense(11, Activation.Identity)]
public partial class LoopDeep_Sigmoid_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(4)]
[Dense(16, Activation.Sigmoid)]
[Dense(3, Activation.Identity)]
public partial class Wide_Sigmoid_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Sigmoid)]
[Dense(3, Activation.Identity)]
public partial class Shallow_Sigmoid_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Sigmoid)]
[Dense(3, Activation.Tanh)]
[Dense(3, Activation.Identity)]
public partial class Deep_Sigmoid_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Sigmoid)]
[Dense(11, Activation.Identity)]
public partial class LoopShallow_Sigmoid_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Sigmoid)]
[Dense(6, Activation.Tanh)]
[Dense(11, Activation.Identity)]
public partial class LoopDeep_Sigmoid_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(4)]
[Dense(16, Activation.Sigmoid)]
[Dense(3, Activation.Identity)]
public partial class Wide_Sigmoid_SoftmaxCrossEntropy_D { }

[Network(Loss.Hinge, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Tanh_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Tanh)]
[Dense(3, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class Deep_Tanh_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Tanh_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Tanh)]
[Dense(6, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Tanh_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Tanh_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Tanh)]
[Dense(3, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class Deep_Tanh_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Tanh_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Tanh)]
[Dense(6, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Tanh_Hinge_D { }

[Network(Loss.Logistic, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Tanh_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Tanh)]
[Dense(3, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class Deep_Tanh_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Tanh_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Tanh)]
[Dense(6, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Tanh_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Tanh_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Tanh)]
[Dense(3, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class Deep_Tanh_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Tanh)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Tanh_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Tanh)]
[Dense(6, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Tanh_Logistic_D { }

[Network(Loss.SquaredError, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Tanh)]
[Dense(2, Activation.Tanh)]
public partial class Shallow_Tanh_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Tanh)]
[Dense(3, Activation.ReLU)]
[Dense(2, Activation.Tanh)]
public partial class Deep_Tanh_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Tanh)]
[Dense(2, Activation.Tanh)]
public partial class LoopShallow_Tanh_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Tanh)]
[Dense(6, Activation.ReLU)]
[Dense(2, Activation.Tanh)]
public partial class LoopDeep_Tanh_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Tanh)]
[Dense(2, Activation.Tanh)]
public partial class Shallow_Tanh_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Tanh)]
[Dense(3, Activation.ReLU)]
[Dense(2, Activation.Tanh)]
public partial class Deep_Tanh_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Tanh)]
[Dense(2, Activation.Tanh)]
public partial class LoopShallow_Tanh_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Tanh)]
[Dense(6, Activation.ReLU)]
[Dense(2, Activation.Tanh)]
public partial class LoopDeep_Tanh_SquaredError_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Tanh)]
[Dense(3, Activation.Identity)]
public partial class Shallow_Tanh_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Tanh)]
[Dense(3, Activation.ReLU)]
[Dense(3, Activation.Identity)]
public partial class Deep_Tanh_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Tanh)]
[Dense(11, Activation.Identity)]
public partial class LoopShallow_Tanh_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Tanh)]
[Dense(6, Activation.ReLU)]
[Dense(11, Activation.Identity)]
public partial class LoopDeep_Tanh_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(4)]
[Dense(16, Activation.Tanh)]
[Dense(3, Activation.Identity)]
public partial class Wide_Tanh_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Tanh)]
[Dense(3, Activation.Identity)]
public partial class Shallow_Tanh_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Tanh)]
[Dense(3, Activation.ReLU)]
[Dense(3, Activation.Identity)]
public partial class Deep_Tanh_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Tanh)]
[Dense(11, Activation.Identity)]
public partial class LoopShallow_Tanh_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Tanh)]
[Dense(6, Activation.ReLU)]
[Dense(11, Activation.Identity)]
public partial class LoopDeep_Tanh_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(4)]
[Dense(16, Activation.Tanh)]
[Dense(3, Activation.Identity)]
public partial class Wide_Tanh_SoftmaxCrossEntropy_D { }

[Network(Loss.Hinge, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class Shallow_ReLU_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.ReLU)]
[Dense(3, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class Deep_ReLU_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_ReLU_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.ReLU)]
[Dense(6, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_ReLU_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class Shallow_ReLU_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.ReLU)]
[Dense(3, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class Deep_ReLU_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_ReLU_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.ReLU)]
[Dense(6, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_ReLU_Hinge_D { }

[Network(Loss.Logistic, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class Shallow_ReLU_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.ReLU)]
[Dense(3, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class Deep_ReLU_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_ReLU_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.ReLU)]
[Dense(6, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_ReLU_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class Shallow_ReLU_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.ReLU)]
[Dense(3, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class Deep_ReLU_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.ReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_ReLU_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.ReLU)]
[Dense(6, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_ReLU_Logistic_D { }

[Network(Loss.SquaredError, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.ReLU)]
[Dense(2, Activation.ReLU)]
public partial class Shallow_ReLU_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.ReLU)]
[Dense(3, Activation.LeakyReLU)]
[Dense(2, Activation.ReLU)]
public partial class Deep_ReLU_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.ReLU)]
[Dense(2, Activation.ReLU)]
public partial class LoopShallow_ReLU_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.ReLU)]
[Dense(6, Activation.LeakyReLU)]
[Dense(2, Activation.ReLU)]
public partial class LoopDeep_ReLU_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.ReLU)]
[Dense(2, Activation.ReLU)]
public partial class Shallow_ReLU_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.ReLU)]
[Dense(3, Activation.LeakyReLU)]
[Dense(2, Activation.ReLU)]
public partial class Deep_ReLU_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.ReLU)]
[Dense(2, Activation.ReLU)]
public partial class LoopShallow_ReLU_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.ReLU)]
[Dense(6, Activation.LeakyReLU)]
[Dense(2, Activation.ReLU)]
public partial class LoopDeep_ReLU_SquaredError_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.ReLU)]
[Dense(3, Activation.Identity)]
public partial class Shallow_ReLU_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.ReLU)]
[Dense(3, Activation.LeakyReLU)]
[Dense(3, Activation.Identity)]
public partial class Deep_ReLU_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.ReLU)]
[Dense(11, Activation.Identity)]
public partial class LoopShallow_ReLU_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.ReLU)]
[Dense(6, Activation.LeakyReLU)]
[Dense(11, Activation.Identity)]
public partial class LoopDeep_ReLU_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(4)]
[Dense(16, Activation.ReLU)]
[Dense(3, Activation.Identity)]
public partial class Wide_ReLU_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.ReLU)]
[Dense(3, Activation.Identity)]
public partial class Shallow_ReLU_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.ReLU)]
[Dense(3, Activation.LeakyReLU)]
[Dense(3, Activation.Identity)]
public partial class Deep_ReLU_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.ReLU)]
[Dense(11, Activation.Identity)]
public partial class LoopShallow_ReLU_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.ReLU)]
[Dense(6, Activation.LeakyReLU)]
[Dense(11, Activation.Identity)]
public partial class LoopDeep_ReLU_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(4)]
[Dense(16, Activation.ReLU)]
[Dense(3, Activation.Identity)]
public partial class Wide_ReLU_SoftmaxCrossEntropy_D { }

[Network(Loss.Hinge, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class Shallow_LeakyReLU_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.LeakyReLU)]
[Dense(3, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class Deep_LeakyReLU_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_LeakyReLU_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.LeakyReLU)]
[Dense(6, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_LeakyReLU_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class Shallow_LeakyReLU_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.LeakyReLU)]
[Dense(3, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class Deep_LeakyReLU_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_LeakyReLU_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.LeakyReLU)]
[Dense(6, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_LeakyReLU_Hinge_D { }

[Network(Loss.Logistic, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class Shallow_LeakyReLU_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.LeakyReLU)]
[Dense(3, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class Deep_LeakyReLU_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_LeakyReLU_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.LeakyReLU)]
[Dense(6, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_LeakyReLU_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class Shallow_LeakyReLU_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.LeakyReLU)]
[Dense(3, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class Deep_LeakyReLU_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.LeakyReLU)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_LeakyReLU_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.LeakyReLU)]
[Dense(6, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_LeakyReLU_Logistic_D { }

[Network(Loss.SquaredError, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.LeakyReLU)]
[Dense(2, Activation.LeakyReLU)]
public partial class Shallow_LeakyReLU_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.LeakyReLU)]
[Dense(3, Activation.Softplus)]
[Dense(2, Activation.LeakyReLU)]
public partial class Deep_LeakyReLU_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.LeakyReLU)]
[Dense(2, Activation.LeakyReLU)]
public partial class LoopShallow_LeakyReLU_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.LeakyReLU)]
[Dense(6, Activation.Softplus)]
[Dense(2, Activation.LeakyReLU)]
public partial class LoopDeep_LeakyReLU_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.LeakyReLU)]
[Dense(2, Activation.LeakyReLU)]
public partial class Shallow_LeakyReLU_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.LeakyReLU)]
[Dense(3, Activation.Softplus)]
[Dense(2, Activation.LeakyReLU)]
public partial class Deep_LeakyReLU_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.LeakyReLU)]
[Dense(2, Activation.LeakyReLU)]
public partial class LoopShallow_LeakyReLU_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.LeakyReLU)]
[Dense(6, Activation.Softplus)]
[Dense(2, Activation.LeakyReLU)]
public partial class LoopDeep_LeakyReLU_SquaredError_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.LeakyReLU)]
[Dense(3, Activation.Identity)]
public partial class Shallow_LeakyReLU_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.LeakyReLU)]
[Dense(3, Activation.Softplus)]
[Dense(3, Activation.Identity)]
public partial class Deep_LeakyReLU_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.LeakyReLU)]
[Dense(11, Activation.Identity)]
public partial class LoopShallow_LeakyReLU_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.LeakyReLU)]
[Dense(6, Activation.Softplus)]
[Dense(11, Activation.Identity)]
public partial class LoopDeep_LeakyReLU_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(4)]
[Dense(16, Activation.LeakyReLU)]
[Dense(3, Activation.Identity)]
public partial class Wide_LeakyReLU_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.LeakyReLU)]
[Dense(3, Activation.Identity)]
public partial class Shallow_LeakyReLU_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.LeakyReLU)]
[Dense(3, Activation.Softplus)]
[Dense(3, Activation.Identity)]
public partial class Deep_LeakyReLU_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.LeakyReLU)]
[Dense(11, Activation.Identity)]
public partial class LoopShallow_LeakyReLU_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.LeakyReLU)]
[Dense(6, Activation.Softplus)]
[Dense(11, Activation.Identity)]
public partial class LoopDeep_LeakyReLU_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(4)]
[Dense(16, Activation.LeakyReLU)]
[Dense(3, Activation.Identity)]
public partial class Wide_LeakyReLU_SoftmaxCrossEntropy_D { }

[Network(Loss.Hinge, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Softplus_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Softplus)]
[Dense(3, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class Deep_Softplus_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Softplus_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Softplus)]
[Dense(6, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Softplus_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Softplus_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Softplus)]
[Dense(3, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class Deep_Softplus_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Softplus_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Softplus)]
[Dense(6, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Softplus_Hinge_D { }

[Network(Loss.Logistic, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Softplus_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Softplus)]
[Dense(3, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class Deep_Softplus_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Softplus_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Softplus)]
[Dense(6, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Softplus_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class Shallow_Softplus_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Softplus)]
[Dense(3, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class Deep_Softplus_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Softplus)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_Softplus_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Softplus)]
[Dense(6, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_Softplus_Logistic_D { }

[Network(Loss.SquaredError, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Softplus)]
[Dense(2, Activation.Softplus)]
public partial class Shallow_Softplus_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Softplus)]
[Dense(3, Activation.SiLU)]
[Dense(2, Activation.Softplus)]
public partial class Deep_Softplus_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Softplus)]
[Dense(2, Activation.Softplus)]
public partial class LoopShallow_Softplus_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Softplus)]
[Dense(6, Activation.SiLU)]
[Dense(2, Activation.Softplus)]
public partial class LoopDeep_Softplus_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Softplus)]
[Dense(2, Activation.Softplus)]
public partial class Shallow_Softplus_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Softplus)]
[Dense(3, Activation.SiLU)]
[Dense(2, Activation.Softplus)]
public partial class Deep_Softplus_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Softplus)]
[Dense(2, Activation.Softplus)]
public partial class LoopShallow_Softplus_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Softplus)]
[Dense(6, Activation.SiLU)]
[Dense(2, Activation.Softplus)]
public partial class LoopDeep_Softplus_SquaredError_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.Softplus)]
[Dense(3, Activation.Identity)]
public partial class Shallow_Softplus_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.Softplus)]
[Dense(3, Activation.SiLU)]
[Dense(3, Activation.Identity)]
public partial class Deep_Softplus_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Softplus)]
[Dense(11, Activation.Identity)]
public partial class LoopShallow_Softplus_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Softplus)]
[Dense(6, Activation.SiLU)]
[Dense(11, Activation.Identity)]
public partial class LoopDeep_Softplus_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(4)]
[Dense(16, Activation.Softplus)]
[Dense(3, Activation.Identity)]
public partial class Wide_Softplus_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.Softplus)]
[Dense(3, Activation.Identity)]
public partial class Shallow_Softplus_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.Softplus)]
[Dense(3, Activation.SiLU)]
[Dense(3, Activation.Identity)]
public partial class Deep_Softplus_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.Softplus)]
[Dense(11, Activation.Identity)]
public partial class LoopShallow_Softplus_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.Softplus)]
[Dense(6, Activation.SiLU)]
[Dense(11, Activation.Identity)]
public partial class LoopDeep_Softplus_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(4)]
[Dense(16, Activation.Softplus)]
[Dense(3, Activation.Identity)]
public partial class Wide_Softplus_SoftmaxCrossEntropy_D { }

[Network(Loss.Hinge, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class Shallow_SiLU_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.SiLU)]
[Dense(3, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class Deep_SiLU_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_SiLU_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.SiLU)]
[Dense(6, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_SiLU_Hinge_F { }

[Network(Loss.Hinge, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class Shallow_SiLU_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.SiLU)]
[Dense(3, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class Deep_SiLU_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_SiLU_Hinge_D { }

[Network(Loss.Hinge, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.SiLU)]
[Dense(6, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_SiLU_Hinge_D { }

[Network(Loss.Logistic, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class Shallow_SiLU_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.SiLU)]
[Dense(3, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class Deep_SiLU_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_SiLU_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.SiLU)]
[Dense(6, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_SiLU_Logistic_F { }

[Network(Loss.Logistic, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class Shallow_SiLU_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.SiLU)]
[Dense(3, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class Deep_SiLU_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.SiLU)]
[Dense(1, Activation.Identity)]
public partial class LoopShallow_SiLU_Logistic_D { }

[Network(Loss.Logistic, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.SiLU)]
[Dense(6, Activation.Identity)]
[Dense(1, Activation.Identity)]
public partial class LoopDeep_SiLU_Logistic_D { }

[Network(Loss.SquaredError, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.SiLU)]
[Dense(2, Activation.SiLU)]
public partial class Shallow_SiLU_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.SiLU)]
[Dense(3, Activation.Identity)]
[Dense(2, Activation.SiLU)]
public partial class Deep_SiLU_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.SiLU)]
[Dense(2, Activation.SiLU)]
public partial class LoopShallow_SiLU_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.SiLU)]
[Dense(6, Activation.Identity)]
[Dense(2, Activation.SiLU)]
public partial class LoopDeep_SiLU_SquaredError_F { }

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.SiLU)]
[Dense(2, Activation.SiLU)]
public partial class Shallow_SiLU_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.SiLU)]
[Dense(3, Activation.Identity)]
[Dense(2, Activation.SiLU)]
public partial class Deep_SiLU_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.SiLU)]
[Dense(2, Activation.SiLU)]
public partial class LoopShallow_SiLU_SquaredError_D { }

[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.SiLU)]
[Dense(6, Activation.Identity)]
[Dense(2, Activation.SiLU)]
public partial class LoopDeep_SiLU_SquaredError_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(3)]
[Dense(4, Activation.SiLU)]
[Dense(3, Activation.Identity)]
public partial class Shallow_SiLU_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(2)]
[Dense(3, Activation.SiLU)]
[Dense(3, Activation.Identity)]
[Dense(3, Activation.Identity)]
public partial class Deep_SiLU_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.SiLU)]
[Dense(11, Activation.Identity)]
public partial class LoopShallow_SiLU_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.SiLU)]
[Dense(6, Activation.Identity)]
[Dense(11, Activation.Identity)]
public partial class LoopDeep_SiLU_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Single)]
[Input(4)]
[Dense(16, Activation.SiLU)]
[Dense(3, Activation.Identity)]
public partial class Wide_SiLU_SoftmaxCrossEntropy_F { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(3)]
[Dense(4, Activation.SiLU)]
[Dense(3, Activation.Identity)]
public partial class Shallow_SiLU_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(2)]
[Dense(3, Activation.SiLU)]
[Dense(3, Activation.Identity)]
[Dense(3, Activation.Identity)]
public partial class Deep_SiLU_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(5)]
[Dense(11, Activation.SiLU)]
[Dense(11, Activation.Identity)]
public partial class LoopShallow_SiLU_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double, Unroll = Unrolling.Never)]
[Input(3)]
[Dense(9, Activation.SiLU)]
[Dense(6, Activation.Identity)]
[Dense(11, Activation.Identity)]
public partial class LoopDeep_SiLU_SoftmaxCrossEntropy_D { }

[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)]
[Input(4)]
[Dense(16, Activation.SiLU)]
[Dense(3, Activation.Identity)]
public partial class Wide_SiLU_SoftmaxCrossEntropy_D { }

public static partial class TestNetworks
{
    public static readonly NetworkCase[] All =
    [
        new("Shallow_Identity_Hinge_F", () => new Shallow_Identity_Hinge_F(), 3, Loss.Hinge, Precision.Single, [(4, Activation.Identity), (1, Activation.Identity)]),
        new("Deep_Identity_Hinge_F", () => new Deep_Identity_Hinge_F(), 2, Loss.Hinge, Precision.Single, [(3, Activation.Identity), (3, Activation.Sigmoid), (1, Activation.Identity)]),
        new("LoopShallow_Identity_Hinge_F", () => new LoopShallow_Identity_Hinge_F(), 5, Loss.Hinge, Precision.Single, [(11, Activation.Identity), (1, Activation.Identity)]),
        new("LoopDeep_Identity_Hinge_F", () => new LoopDeep_Identity_Hinge_F(), 3, Loss.Hinge, Precision.Single, [(9, Activation.Identity), (6, Activation.Sigmoid), (1, Activation.Identity)]),
        new("Shallow_Identity_Hinge_D", () => new Shallow_Identity_Hinge_D(), 3, Loss.Hinge, Precision.Double, [(4, Activation.Identity), (1, Activation.Identity)]),
        new("Deep_Identity_Hinge_D", () => new Deep_Identity_Hinge_D(), 2, Loss.Hinge, Precision.Double, [(3, Activation.Identity), (3, Activation.Sigmoid), (1, Activation.Identity)]),
        new("LoopShallow_Identity_Hinge_D", () => new LoopShallow_Identity_Hinge_D(), 5, Loss.Hinge, Precision.Double, [(11, Activation.Identity), (1, Activation.Identity)]),
        new("LoopDeep_Identity_Hinge_D", () => new LoopDeep_Identity_Hinge_D(), 3, Loss.Hinge, Precision.Double, [(9, Activation.Identity), (6, Activation.Sigmoid), (1, Activation.Identity)]),
        new("Shallow_Identity_Logistic_F", () => new Shallow_Identity_Logistic_F(), 3, Loss.Logistic, Precision.Single, [(4, Activation.Identity), (1, Activation.Identity)]),
        new("Deep_Identity_Logistic_F", () => new Deep_Identity_Logistic_F(), 2, Loss.Logistic, Precision.Single, [(3, Activation.Identity), (3, Activation.Sigmoid), (1, Activation.Identity)]),
        new("LoopShallow_Identity_Logistic_F", () => new LoopShallow_Identity_Logistic_F(), 5, Loss.Logistic, Precision.Single, [(11, Activation.Identity), (1, Activation.Identity)]),
        new("LoopDeep_Identity_Logistic_F", () => new LoopDeep_Identity_Logistic_F(), 3, Loss.Logistic, Precision.Single, [(9, Activation.Identity), (6, Activation.Sigmoid), (1, Activation.Identity)]),
        new("Shallow_Identity_Logistic_D", () => new Shallow_Identity_Logistic_D(), 3, Loss.Logistic, Precision.Double, [(4, Activation.Identity), (1, Activation.Identity)]),
        new("Deep_Identity_Logistic_D", () => new Deep_Identity_Logistic_D(), 2, Loss.Logistic, Precision.Double, [(3, Activation.Identity), (3, Activation.Sigmoid), (1, Activation.Identity)]),
        new("LoopShallow_Identity_Logistic_D", () => new LoopShallow_Identity_Logistic_D(), 5, Loss.Logistic, Precision.Double, [(11, Activation.Identity), (1, Activation.Identity)]),
        new("LoopDeep_Identity_Logistic_D", () => new LoopDeep_Identity_Logistic_D(), 3, Loss.Logistic, Precision.Double, [(9, Activation.Identity), (6, Activation.Sigmoid), (1, Activation.Identity)]),
        new("Shallow_Identity_SquaredError_F", () => new Shallow_Identity_SquaredError_F(), 3, Loss.SquaredError, Precision.Single, [(4, Activation.Identity), (2, Activation.Identity)]),
        new("Deep_Identity_SquaredError_F", () => new Deep_Identity_SquaredError_F(), 2, Loss.SquaredError, Precision.Single, [(3, Activation.Identity), (3, Activation.Sigmoid), (2, Activation.Identity)]),
        new("LoopShallow_Identity_SquaredError_F", () => new LoopShallow_Identity_SquaredError_F(), 5, Loss.SquaredError, Precision.Single, [(11, Activation.Identity), (2, Activation.Identity)]),
        new("LoopDeep_Identity_SquaredError_F", () => new LoopDeep_Identity_SquaredError_F(), 3, Loss.SquaredError, Precision.Single, [(9, Activation.Identity), (6, Activation.Sigmoid), (2, Activation.Identity)]),
        new("Shallow_Identity_SquaredError_D", () => new Shallow_Identity_SquaredError_D(), 3, Loss.SquaredError, Precision.Double, [(4, Activation.Identity), (2, Activation.Identity)]),
        new("Deep_Identity_SquaredError_D", () => new Deep_Identity_SquaredError_D(), 2, Loss.SquaredError, Precision.Double, [(3, Activation.Identity), (3, Activation.Sigmoid), (2, Activation.Identity)]),
        new("LoopShallow_Identity_SquaredError_D", () => new LoopShallow_Identity_SquaredError_D(), 5, Loss.SquaredError, Precision.Double, [(11, Activation.Identity), (2, Activation.Identity)]),
        new("LoopDeep_Identity_SquaredError_D", () => new LoopDeep_Identity_SquaredError_D(), 3, Loss.SquaredError, Precision.Double, [(9, Activation.Identity), (6, Activation.Sigmoid), (2, Activation.Identity)]),
        new("Shallow_Identity_SoftmaxCrossEntropy_F", () => new Shallow_Identity_SoftmaxCrossEntropy_F(), 3, Loss.SoftmaxCrossEntropy, Precision.Single, [(4, Activation.Identity), (3, Activation.Identity)]),
        new("Deep_Identity_SoftmaxCrossEntropy_F", () => new Deep_Identity_SoftmaxCrossEntropy_F(), 2, Loss.SoftmaxCrossEntropy, Precision.Single, [(3, Activation.Identity), (3, Activation.Sigmoid), (3, Activation.Identity)]),
        new("LoopShallow_Identity_SoftmaxCrossEntropy_F", () => new LoopShallow_Identity_SoftmaxCrossEntropy_F(), 5, Loss.SoftmaxCrossEntropy, Precision.Single, [(11, Activation.Identity), (11, Activation.Identity)]),
        new("LoopDeep_Identity_SoftmaxCrossEntropy_F", () => new LoopDeep_Identity_SoftmaxCrossEntropy_F(), 3, Loss.SoftmaxCrossEntropy, Precision.Single, [(9, Activation.Identity), (6, Activation.Sigmoid), (11, Activation.Identity)]),
        new("Wide_Identity_SoftmaxCrossEntropy_F", () => new Wide_Identity_SoftmaxCrossEntropy_F(), 4, Loss.SoftmaxCrossEntropy, Precision.Single, [(16, Activation.Identity), (3, Activation.Identity)]),
        new("Shallow_Identity_SoftmaxCrossEntropy_D", () => new Shallow_Identity_SoftmaxCrossEntropy_D(), 3, Loss.SoftmaxCrossEntropy, Precision.Double, [(4, Activation.Identity), (3, Activation.Identity)]),
        new("Deep_Identity_SoftmaxCrossEntropy_D", () => new Deep_Identity_SoftmaxCrossEntropy_D(), 2, Loss.SoftmaxCrossEntropy, Precision.Double, [(3, Activation.Identity), (3, Activation.Sigmoid), (3, Activation.Identity)]),
        new("LoopShallow_Identity_SoftmaxCrossEntropy_D", () => new LoopShallow_Identity_SoftmaxCrossEntropy_D(), 5, Loss.SoftmaxCrossEntropy, Precision.Double, [(11, Activation.Identity), (11, Activation.Identity)]),
        new("LoopDeep_Identity_SoftmaxCrossEntropy_D", () => new LoopDeep_Identity_SoftmaxCrossEntropy_D(), 3, Loss.SoftmaxCrossEntropy, Precision.Double, [(9, Activation.Identity), (6, Activation.Sigmoid), (11, Activation.Identity)]),
        new("Wide_Identity_SoftmaxCrossEntropy_D", () => new Wide_Identity_SoftmaxCrossEntropy_D(), 4, Loss.SoftmaxCrossEntropy, Precision.Double, [(16, Activation.Identity), (3, Activation.Identity)]),
        new("Shallow_Sigmoid_Hinge_F", () => new Shallow_Sigmoid_Hinge_F(), 3, Loss.Hinge, Precision.Single, [(4, Activation.Sigmoid), (1, Activation.Identity)]),
        new("Deep_Sigmoid_Hinge_F", () => new Deep_Sigmoid_Hinge_F(), 2, Loss.Hinge, Precision.Single, [(3, Activation.Sigmoid), (3, Activation.Tanh), (1, Activation.Identity)]),
        new("LoopShallow_Sigmoid_Hinge_F", () => new LoopShallow_Sigmoid_Hinge_F(), 5, Loss.Hinge, Precision.Single, [(11, Activation.Sigmoid), (1, Activation.Identity)]),
        new("LoopDeep_Sigmoid_Hinge_F", () => new LoopDeep_Sigmoid_Hinge_F(), 3, Loss.Hinge, Precision.Single, [(9, Activation.Sigmoid), (6, Activation.Tanh), (1, Activation.Identity)]),
        new("Shallow_Sigmoid_Hinge_D", () => new Shallow_Sigmoid_Hinge_D(), 3, Loss.Hinge, Precision.Double, [(4, Activation.Sigmoid), (1, Activation.Identity)]),
        new("Deep_Sigmoid_Hinge_D", () => new Deep_Sigmoid_Hinge_D(), 2, Loss.Hinge, Precision.Double, [(3, Activation.Sigmoid), (3, Activation.Tanh), (1, Activation.Identity)]),
        new("LoopShallow_Sigmoid_Hinge_D", () => new LoopShallow_Sigmoid_Hinge_D(), 5, Loss.Hinge, Precision.Double, [(11, Activation.Sigmoid), (1, Activation.Identity)]),
        new("LoopDeep_Sigmoid_Hinge_D", () => new LoopDeep_Sigmoid_Hinge_D(), 3, Loss.Hinge, Precision.Double, [(9, Activation.Sigmoid), (6, Activation.Tanh), (1, Activation.Identity)]),
        new("Shallow_Sigmoid_Logistic_F", () => new Shallow_Sigmoid_Logistic_F(), 3, Loss.Logistic, Precision.Single, [(4, Activation.Sigmoid), (1, Activation.Identity)]),
        new("Deep_Sigmoid_Logistic_F", () => new Deep_Sigmoid_Logistic_F(), 2, Loss.Logistic, Precision.Single, [(3, Activation.Sigmoid), (3, Activation.Tanh), (1, Activation.Identity)]),
        new("LoopShallow_Sigmoid_Logistic_F", () => new LoopShallow_Sigmoid_Logistic_F(), 5, Loss.Logistic, Precision.Single, [(11, Activation.Sigmoid), (1, Activation.Identity)]),
        new("LoopDeep_Sigmoid_Logistic_F", () => new LoopDeep_Sigmoid_Logistic_F(), 3, Loss.Logistic, Precision.Single, [(9, Activation.Sigmoid), (6, Activation.Tanh), (1, Activation.Identity)]),
        new("Shallow_Sigmoid_Logistic_D", () => new Shallow_Sigmoid_Logistic_D(), 3, Loss.Logistic, Precision.Double, [(4, Activation.Sigmoid), (1, Activation.Identity)]),
        new("Deep_Sigmoid_Logistic_D", () => new Deep_Sigmoid_Logistic_D(), 2, Loss.Logistic, Precision.Double, [(3, Activation.Sigmoid), (3, Activation.Tanh), (1, Activation.Identity)]),
        new("LoopShallow_Sigmoid_Logistic_D", () => new LoopShallow_Sigmoid_Logistic_D(), 5, Loss.Logistic, Precision.Double, [(11, Activation.Sigmoid), (1, Activation.Identity)]),
        new("LoopDeep_Sigmoid_Logistic_D", () => new LoopDeep_Sigmoid_Logistic_D(), 3, Loss.Logistic, Precision.Double, [(9, Activation.Sigmoid), (6, Activation.Tanh), (1, Activation.Identity)]),
        new("Shallow_Sigmoid_SquaredError_F", () => new Shallow_Sigmoid_SquaredError_F(), 3, Loss.SquaredError, Precision.Single, [(4, Activation.Sigmoid), (2, Activation.Sigmoid)]),
        new("Deep_Sigmoid_SquaredError_F", () => new Deep_Sigmoid_SquaredError_F(), 2, Loss.SquaredError, Precision.Single, [(3, Activation.Sigmoid), (3, Activation.Tanh), (2, Activation.Sigmoid)]),
        new("LoopShallow_Sigmoid_SquaredError_F", () => new LoopShallow_Sigmoid_SquaredError_F(), 5, Loss.SquaredError, Precision.Single, [(11, Activation.Sigmoid), (2, Activation.Sigmoid)]),
        new("LoopDeep_Sigmoid_SquaredError_F", () => new LoopDeep_Sigmoid_SquaredError_F(), 3, Loss.SquaredError, Precision.Single, [(9, Activation.Sigmoid), (6, Activation.Tanh), (2, Activation.Sigmoid)]),
        new("Shallow_Sigmoid_SquaredError_D", () => new Shallow_Sigmoid_SquaredError_D(), 3, Loss.SquaredError, Precision.Double, [(4, Activation.Sigmoid), (2, Activation.Sigmoid)]),
        new("Deep_Sigmoid_SquaredError_D", () => new Deep_Sigmoid_SquaredError_D(), 2, Loss.SquaredError, Precision.Double, [(3, Activation.Sigmoid), (3, Activation.Tanh), (2, Activation.Sigmoid)]),
        new("LoopShallow_Sigmoid_SquaredError_D", () => new LoopShallow_Sigmoid_SquaredError_D(), 5, Loss.SquaredError, Precision.Double, [(11, Activation.Sigmoid), (2, Activation.Sigmoid)]),
        new("LoopDeep_Sigmoid_SquaredError_D", () => new LoopDeep_Sigmoid_SquaredError_D(), 3, Loss.SquaredError, Precision.Double, [(9, Activation.Sigmoid), (6, Activation.Tanh), (2, Activation.Sigmoid)]),
        new("Shallow_Sigmoid_SoftmaxCrossEntropy_F", () => new Shallow_Sigmoid_SoftmaxCrossEntropy_F(), 3, Loss.SoftmaxCrossEntropy, Precision.Single, [(4, Activation.Sigmoid), (3, Activation.Identity)]),
        new("Deep_Sigmoid_SoftmaxCrossEntropy_F", () => new Deep_Sigmoid_SoftmaxCrossEntropy_F(), 2, Loss.SoftmaxCrossEntropy, Precision.Single, [(3, Activation.Sigmoid), (3, Activation.Tanh), (3, Activation.Identity)]),
        new("LoopShallow_Sigmoid_SoftmaxCrossEntropy_F", () => new LoopShallow_Sigmoid_SoftmaxCrossEntropy_F(), 5, Loss.SoftmaxCrossEntropy, Precision.Single, [(11, Activation.Sigmoid), (11, Activation.Identity)]),
        new("LoopDeep_Sigmoid_SoftmaxCrossEntropy_F", () => new LoopDeep_Sigmoid_SoftmaxCrossEntropy_F(), 3, Loss.SoftmaxCrossEntropy, Precision.Single, [(9, Activation.Sigmoid), (6, Activation.Tanh), (11, Activation.Identity)]),
        new("Wide_Sigmoid_SoftmaxCrossEntropy_F", () => new Wide_Sigmoid_SoftmaxCrossEntropy_F(), 4, Loss.SoftmaxCrossEntropy, Precision.Single, [(16, Activation.Sigmoid), (3, Activation.Identity)]),
        new("Shallow_Sigmoid_SoftmaxCrossEntropy_D", () => new Shallow_Sigmoid_SoftmaxCrossEntropy_D(), 3, Loss.SoftmaxCrossEntropy, Precision.Double, [(4, Activation.Sigmoid), (3, Activation.Identity)]),
        new("Deep_Sigmoid_SoftmaxCrossEntropy_D", () => new Deep_Sigmoid_SoftmaxCrossEntropy_D(), 2, Loss.SoftmaxCrossEntropy, Precision.Double, [(3, Activation.Sigmoid), (3, Activation.Tanh), (3, Activation.Identity)]),
        new("LoopShallow_Sigmoid_SoftmaxCrossEntropy_D", () => new LoopShallow_Sigmoid_SoftmaxCrossEntropy_D(), 5, Loss.SoftmaxCrossEntropy, Precision.Double, [(11, Activation.Sigmoid), (11, Activation.Identity)]),
        new("LoopDeep_Sigmoid_SoftmaxCrossEntropy_D", () => new LoopDeep_Sigmoid_SoftmaxCrossEntropy_D(), 3, Loss.SoftmaxCrossEntropy, Precision.Double, [(9, Activation.Sigmoid), (6, Activation.Tanh), (11, Activation.Identity)]),
        new("Wide_Sigmoid_SoftmaxCrossEntropy_D", () => new Wide_Sigmoid_SoftmaxCrossEntropy_D(), 4, Loss.SoftmaxCrossEntropy, Precision.Double, [(16, Activation.Sigmoid), (3, Activation.Identity)]),
        new("Shallow_Tanh_Hinge_F", () => new Shallow_Tanh_Hinge_F(), 3, Loss.Hinge, Precision.Single, [(4, Activation.Tanh), (1, Activation.Identity)]),
        new("Deep_Tanh_Hinge_F", () => new Deep_Tanh_Hinge_F(), 2, Loss.Hinge, Precision.Single, [(3, Activation.Tanh), (3, Activation.ReLU), (1, Activation.Identity)]),
        new("LoopShallow_Tanh_Hinge_F", () => new LoopShallow_Tanh_Hinge_F(), 5, Loss.Hinge, Precision.Single, [(11, Activation.Tanh), (1, Activation.Identity)]),
        new("LoopDeep_Tanh_Hinge_F", () => new LoopDeep_Tanh_Hinge_F(), 3, Loss.Hinge, Precision.Single, [(9, Activation.Tanh), (6, Activation.ReLU), (1, Activation.Identity)]),
        new("Shallow_Tanh_Hinge_D", () => new Shallow_Tanh_Hinge_D(), 3, Loss.Hinge, Precision.Double, [(4, Activation.Tanh), (1, Activation.Identity)]),
        new("Deep_Tanh_Hinge_D", () => new Deep_Tanh_Hinge_D(), 2, Loss.Hinge, Precision.Double, [(3, Activation.Tanh), (3, Activation.ReLU), (1, Activation.Identity)]),
        new("LoopShallow_Tanh_Hinge_D", () => new LoopShallow_Tanh_Hinge_D(), 5, Loss.Hinge, Precision.Double, [(11, Activation.Tanh), (1, Activation.Identity)]),
        new("LoopDeep_Tanh_Hinge_D", () => new LoopDeep_Tanh_Hinge_D(), 3, Loss.Hinge, Precision.Double, [(9, Activation.Tanh), (6, Activation.ReLU), (1, Activation.Identity)]),
        new("Shallow_Tanh_Logistic_F", () => new Shallow_Tanh_Logistic_F(), 3, Loss.Logistic, Precision.Single, [(4, Activation.Tanh), (1, Activation.Identity)]),
        new("Deep_Tanh_Logistic_F", () => new Deep_Tanh_Logistic_F(), 2, Loss.Logistic, Precision.Single, [(3, Activation.Tanh), (3, Activation.ReLU), (1, Activation.Identity)]),
        new("LoopShallow_Tanh_Logistic_F", () => new LoopShallow_Tanh_Logistic_F(), 5, Loss.Logistic, Precision.Single, [(11, Activation.Tanh), (1, Activation.Identity)]),
        new("LoopDeep_Tanh_Logistic_F", () => new LoopDeep_Tanh_Logistic_F(), 3, Loss.Logistic, Precision.Single, [(9, Activation.Tanh), (6, Activation.ReLU), (1, Activation.Identity)]),
        new("Shallow_Tanh_Logistic_D", () => new Shallow_Tanh_Logistic_D(), 3, Loss.Logistic, Precision.Double, [(4, Activation.Tanh), (1, Activation.Identity)]),
        new("Deep_Tanh_Logistic_D", () => new Deep_Tanh_Logistic_D(), 2, Loss.Logistic, Precision.Double, [(3, Activation.Tanh), (3, Activation.ReLU), (1, Activation.Identity)]),
        new("LoopShallow_Tanh_Logistic_D", () => new LoopShallow_Tanh_Logistic_D(), 5, Loss.Logistic, Precision.Double, [(11, Activation.Tanh), (1, Activation.Identity)]),
        new("LoopDeep_Tanh_Logistic_D", () => new LoopDeep_Tanh_Logistic_D(), 3, Loss.Logistic, Precision.Double, [(9, Activation.Tanh), (6, Activation.ReLU), (1, Activation.Identity)]),
        new("Shallow_Tanh_SquaredError_F", () => new Shallow_Tanh_SquaredError_F(), 3, Loss.SquaredError, Precision.Single, [(4, Activation.Tanh), (2, Activation.Tanh)]),
        new("Deep_Tanh_SquaredError_F", () => new Deep_Tanh_SquaredError_F(), 2, Loss.SquaredError, Precision.Single, [(3, Activation.Tanh), (3, Activation.ReLU), (2, Activation.Tanh)]),
        new("LoopShallow_Tanh_SquaredError_F", () => new LoopShallow_Tanh_SquaredError_F(), 5, Loss.SquaredError, Precision.Single, [(11, Activation.Tanh), (2, Activation.Tanh)]),
        new("LoopDeep_Tanh_SquaredError_F", () => new LoopDeep_Tanh_SquaredError_F(), 3, Loss.SquaredError, Precision.Single, [(9, Activation.Tanh), (6, Activation.ReLU), (2, Activation.Tanh)]),
        new("Shallow_Tanh_SquaredError_D", () => new Shallow_Tanh_SquaredError_D(), 3, Loss.SquaredError, Precision.Double, [(4, Activation.Tanh), (2, Activation.Tanh)]),
        new("Deep_Tanh_SquaredError_D", () => new Deep_Tanh_SquaredError_D(), 2, Loss.SquaredError, Precision.Double, [(3, Activation.Tanh), (3, Activation.ReLU), (2, Activation.Tanh)]),
        new("LoopShallow_Tanh_SquaredError_D", () => new LoopShallow_Tanh_SquaredError_D(), 5, Loss.SquaredError, Precision.Double, [(11, Activation.Tanh), (2, Activation.Tanh)]),
        new("LoopDeep_Tanh_SquaredError_D", () => new LoopDeep_Tanh_SquaredError_D(), 3, Loss.SquaredError, Precision.Double, [(9, Activation.Tanh), (6, Activation.ReLU), (2, Activation.Tanh)]),
        new("Shallow_Tanh_SoftmaxCrossEntropy_F", () => new Shallow_Tanh_SoftmaxCrossEntropy_F(), 3, Loss.SoftmaxCrossEntropy, Precision.Single, [(4, Activation.Tanh), (3, Activation.Identity)]),
        new("Deep_Tanh_SoftmaxCrossEntropy_F", () => new Deep_Tanh_SoftmaxCrossEntropy_F(), 2, Loss.SoftmaxCrossEntropy, Precision.Single, [(3, Activation.Tanh), (3, Activation.ReLU), (3, Activation.Identity)]),
        new("LoopShallow_Tanh_SoftmaxCrossEntropy_F", () => new LoopShallow_Tanh_SoftmaxCrossEntropy_F(), 5, Loss.SoftmaxCrossEntropy, Precision.Single, [(11, Activation.Tanh), (11, Activation.Identity)]),
        new("LoopDeep_Tanh_SoftmaxCrossEntropy_F", () => new LoopDeep_Tanh_SoftmaxCrossEntropy_F(), 3, Loss.SoftmaxCrossEntropy, Precision.Single, [(9, Activation.Tanh), (6, Activation.ReLU), (11, Activation.Identity)]),
        new("Wide_Tanh_SoftmaxCrossEntropy_F", () => new Wide_Tanh_SoftmaxCrossEntropy_F(), 4, Loss.SoftmaxCrossEntropy, Precision.Single, [(16, Activation.Tanh), (3, Activation.Identity)]),
        new("Shallow_Tanh_SoftmaxCrossEntropy_D", () => new Shallow_Tanh_SoftmaxCrossEntropy_D(), 3, Loss.SoftmaxCrossEntropy, Precision.Double, [(4, Activation.Tanh), (3, Activation.Identity)]),
        new("Deep_Tanh_SoftmaxCrossEntropy_D", () => new Deep_Tanh_SoftmaxCrossEntropy_D(), 2, Loss.SoftmaxCrossEntropy, Precision.Double, [(3, Activation.Tanh), (3, Activation.ReLU), (3, Activation.Identity)]),
        new("LoopShallow_Tanh_SoftmaxCrossEntropy_D", () => new LoopShallow_Tanh_SoftmaxCrossEntropy_D(), 5, Loss.SoftmaxCrossEntropy, Precision.Double, [(11, Activation.Tanh), (11, Activation.Identity)]),
        new("LoopDeep_Tanh_SoftmaxCrossEntropy_D", () => new LoopDeep_Tanh_SoftmaxCrossEntropy_D(), 3, Loss.SoftmaxCrossEntropy, Precision.Double, [(9, Activation.Tanh), (6, Activation.ReLU), (11, Activation.Identity)]),
        new("Wide_Tanh_SoftmaxCrossEntropy_D", () => new Wide_Tanh_SoftmaxCrossEntropy_D(), 4, Loss.SoftmaxCrossEntropy, Precision.Double, [(16, Activation.Tanh), (3, Activation.Identity)]),
        new("Shallow_ReLU_Hinge_F", () => new Shallow_ReLU_Hinge_F(), 3, Loss.Hinge, Precision.Single, [(4, Activation.ReLU), (1, Activation.Identity)]),
        new("Deep_ReLU_Hinge_F", () => new Deep_ReLU_Hinge_F(), 2, Loss.Hinge, Precision.Single, [(3, Activation.ReLU), (3, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("LoopShallow_ReLU_Hinge_F", () => new LoopShallow_ReLU_Hinge_F(), 5, Loss.Hinge, Precision.Single, [(11, Activation.ReLU), (1, Activation.Identity)]),
        new("LoopDeep_ReLU_Hinge_F", () => new LoopDeep_ReLU_Hinge_F(), 3, Loss.Hinge, Precision.Single, [(9, Activation.ReLU), (6, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("Shallow_ReLU_Hinge_D", () => new Shallow_ReLU_Hinge_D(), 3, Loss.Hinge, Precision.Double, [(4, Activation.ReLU), (1, Activation.Identity)]),
        new("Deep_ReLU_Hinge_D", () => new Deep_ReLU_Hinge_D(), 2, Loss.Hinge, Precision.Double, [(3, Activation.ReLU), (3, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("LoopShallow_ReLU_Hinge_D", () => new LoopShallow_ReLU_Hinge_D(), 5, Loss.Hinge, Precision.Double, [(11, Activation.ReLU), (1, Activation.Identity)]),
        new("LoopDeep_ReLU_Hinge_D", () => new LoopDeep_ReLU_Hinge_D(), 3, Loss.Hinge, Precision.Double, [(9, Activation.ReLU), (6, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("Shallow_ReLU_Logistic_F", () => new Shallow_ReLU_Logistic_F(), 3, Loss.Logistic, Precision.Single, [(4, Activation.ReLU), (1, Activation.Identity)]),
        new("Deep_ReLU_Logistic_F", () => new Deep_ReLU_Logistic_F(), 2, Loss.Logistic, Precision.Single, [(3, Activation.ReLU), (3, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("LoopShallow_ReLU_Logistic_F", () => new LoopShallow_ReLU_Logistic_F(), 5, Loss.Logistic, Precision.Single, [(11, Activation.ReLU), (1, Activation.Identity)]),
        new("LoopDeep_ReLU_Logistic_F", () => new LoopDeep_ReLU_Logistic_F(), 3, Loss.Logistic, Precision.Single, [(9, Activation.ReLU), (6, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("Shallow_ReLU_Logistic_D", () => new Shallow_ReLU_Logistic_D(), 3, Loss.Logistic, Precision.Double, [(4, Activation.ReLU), (1, Activation.Identity)]),
        new("Deep_ReLU_Logistic_D", () => new Deep_ReLU_Logistic_D(), 2, Loss.Logistic, Precision.Double, [(3, Activation.ReLU), (3, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("LoopShallow_ReLU_Logistic_D", () => new LoopShallow_ReLU_Logistic_D(), 5, Loss.Logistic, Precision.Double, [(11, Activation.ReLU), (1, Activation.Identity)]),
        new("LoopDeep_ReLU_Logistic_D", () => new LoopDeep_ReLU_Logistic_D(), 3, Loss.Logistic, Precision.Double, [(9, Activation.ReLU), (6, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("Shallow_ReLU_SquaredError_F", () => new Shallow_ReLU_SquaredError_F(), 3, Loss.SquaredError, Precision.Single, [(4, Activation.ReLU), (2, Activation.ReLU)]),
        new("Deep_ReLU_SquaredError_F", () => new Deep_ReLU_SquaredError_F(), 2, Loss.SquaredError, Precision.Single, [(3, Activation.ReLU), (3, Activation.LeakyReLU), (2, Activation.ReLU)]),
        new("LoopShallow_ReLU_SquaredError_F", () => new LoopShallow_ReLU_SquaredError_F(), 5, Loss.SquaredError, Precision.Single, [(11, Activation.ReLU), (2, Activation.ReLU)]),
        new("LoopDeep_ReLU_SquaredError_F", () => new LoopDeep_ReLU_SquaredError_F(), 3, Loss.SquaredError, Precision.Single, [(9, Activation.ReLU), (6, Activation.LeakyReLU), (2, Activation.ReLU)]),
        new("Shallow_ReLU_SquaredError_D", () => new Shallow_ReLU_SquaredError_D(), 3, Loss.SquaredError, Precision.Double, [(4, Activation.ReLU), (2, Activation.ReLU)]),
        new("Deep_ReLU_SquaredError_D", () => new Deep_ReLU_SquaredError_D(), 2, Loss.SquaredError, Precision.Double, [(3, Activation.ReLU), (3, Activation.LeakyReLU), (2, Activation.ReLU)]),
        new("LoopShallow_ReLU_SquaredError_D", () => new LoopShallow_ReLU_SquaredError_D(), 5, Loss.SquaredError, Precision.Double, [(11, Activation.ReLU), (2, Activation.ReLU)]),
        new("LoopDeep_ReLU_SquaredError_D", () => new LoopDeep_ReLU_SquaredError_D(), 3, Loss.SquaredError, Precision.Double, [(9, Activation.ReLU), (6, Activation.LeakyReLU), (2, Activation.ReLU)]),
        new("Shallow_ReLU_SoftmaxCrossEntropy_F", () => new Shallow_ReLU_SoftmaxCrossEntropy_F(), 3, Loss.SoftmaxCrossEntropy, Precision.Single, [(4, Activation.ReLU), (3, Activation.Identity)]),
        new("Deep_ReLU_SoftmaxCrossEntropy_F", () => new Deep_ReLU_SoftmaxCrossEntropy_F(), 2, Loss.SoftmaxCrossEntropy, Precision.Single, [(3, Activation.ReLU), (3, Activation.LeakyReLU), (3, Activation.Identity)]),
        new("LoopShallow_ReLU_SoftmaxCrossEntropy_F", () => new LoopShallow_ReLU_SoftmaxCrossEntropy_F(), 5, Loss.SoftmaxCrossEntropy, Precision.Single, [(11, Activation.ReLU), (11, Activation.Identity)]),
        new("LoopDeep_ReLU_SoftmaxCrossEntropy_F", () => new LoopDeep_ReLU_SoftmaxCrossEntropy_F(), 3, Loss.SoftmaxCrossEntropy, Precision.Single, [(9, Activation.ReLU), (6, Activation.LeakyReLU), (11, Activation.Identity)]),
        new("Wide_ReLU_SoftmaxCrossEntropy_F", () => new Wide_ReLU_SoftmaxCrossEntropy_F(), 4, Loss.SoftmaxCrossEntropy, Precision.Single, [(16, Activation.ReLU), (3, Activation.Identity)]),
        new("Shallow_ReLU_SoftmaxCrossEntropy_D", () => new Shallow_ReLU_SoftmaxCrossEntropy_D(), 3, Loss.SoftmaxCrossEntropy, Precision.Double, [(4, Activation.ReLU), (3, Activation.Identity)]),
        new("Deep_ReLU_SoftmaxCrossEntropy_D", () => new Deep_ReLU_SoftmaxCrossEntropy_D(), 2, Loss.SoftmaxCrossEntropy, Precision.Double, [(3, Activation.ReLU), (3, Activation.LeakyReLU), (3, Activation.Identity)]),
        new("LoopShallow_ReLU_SoftmaxCrossEntropy_D", () => new LoopShallow_ReLU_SoftmaxCrossEntropy_D(), 5, Loss.SoftmaxCrossEntropy, Precision.Double, [(11, Activation.ReLU), (11, Activation.Identity)]),
        new("LoopDeep_ReLU_SoftmaxCrossEntropy_D", () => new LoopDeep_ReLU_SoftmaxCrossEntropy_D(), 3, Loss.SoftmaxCrossEntropy, Precision.Double, [(9, Activation.ReLU), (6, Activation.LeakyReLU), (11, Activation.Identity)]),
        new("Wide_ReLU_SoftmaxCrossEntropy_D", () => new Wide_ReLU_SoftmaxCrossEntropy_D(), 4, Loss.SoftmaxCrossEntropy, Precision.Double, [(16, Activation.ReLU), (3, Activation.Identity)]),
        new("Shallow_LeakyReLU_Hinge_F", () => new Shallow_LeakyReLU_Hinge_F(), 3, Loss.Hinge, Precision.Single, [(4, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("Deep_LeakyReLU_Hinge_F", () => new Deep_LeakyReLU_Hinge_F(), 2, Loss.Hinge, Precision.Single, [(3, Activation.LeakyReLU), (3, Activation.Softplus), (1, Activation.Identity)]),
        new("LoopShallow_LeakyReLU_Hinge_F", () => new LoopShallow_LeakyReLU_Hinge_F(), 5, Loss.Hinge, Precision.Single, [(11, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("LoopDeep_LeakyReLU_Hinge_F", () => new LoopDeep_LeakyReLU_Hinge_F(), 3, Loss.Hinge, Precision.Single, [(9, Activation.LeakyReLU), (6, Activation.Softplus), (1, Activation.Identity)]),
        new("Shallow_LeakyReLU_Hinge_D", () => new Shallow_LeakyReLU_Hinge_D(), 3, Loss.Hinge, Precision.Double, [(4, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("Deep_LeakyReLU_Hinge_D", () => new Deep_LeakyReLU_Hinge_D(), 2, Loss.Hinge, Precision.Double, [(3, Activation.LeakyReLU), (3, Activation.Softplus), (1, Activation.Identity)]),
        new("LoopShallow_LeakyReLU_Hinge_D", () => new LoopShallow_LeakyReLU_Hinge_D(), 5, Loss.Hinge, Precision.Double, [(11, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("LoopDeep_LeakyReLU_Hinge_D", () => new LoopDeep_LeakyReLU_Hinge_D(), 3, Loss.Hinge, Precision.Double, [(9, Activation.LeakyReLU), (6, Activation.Softplus), (1, Activation.Identity)]),
        new("Shallow_LeakyReLU_Logistic_F", () => new Shallow_LeakyReLU_Logistic_F(), 3, Loss.Logistic, Precision.Single, [(4, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("Deep_LeakyReLU_Logistic_F", () => new Deep_LeakyReLU_Logistic_F(), 2, Loss.Logistic, Precision.Single, [(3, Activation.LeakyReLU), (3, Activation.Softplus), (1, Activation.Identity)]),
        new("LoopShallow_LeakyReLU_Logistic_F", () => new LoopShallow_LeakyReLU_Logistic_F(), 5, Loss.Logistic, Precision.Single, [(11, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("LoopDeep_LeakyReLU_Logistic_F", () => new LoopDeep_LeakyReLU_Logistic_F(), 3, Loss.Logistic, Precision.Single, [(9, Activation.LeakyReLU), (6, Activation.Softplus), (1, Activation.Identity)]),
        new("Shallow_LeakyReLU_Logistic_D", () => new Shallow_LeakyReLU_Logistic_D(), 3, Loss.Logistic, Precision.Double, [(4, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("Deep_LeakyReLU_Logistic_D", () => new Deep_LeakyReLU_Logistic_D(), 2, Loss.Logistic, Precision.Double, [(3, Activation.LeakyReLU), (3, Activation.Softplus), (1, Activation.Identity)]),
        new("LoopShallow_LeakyReLU_Logistic_D", () => new LoopShallow_LeakyReLU_Logistic_D(), 5, Loss.Logistic, Precision.Double, [(11, Activation.LeakyReLU), (1, Activation.Identity)]),
        new("LoopDeep_LeakyReLU_Logistic_D", () => new LoopDeep_LeakyReLU_Logistic_D(), 3, Loss.Logistic, Precision.Double, [(9, Activation.LeakyReLU), (6, Activation.Softplus), (1, Activation.Identity)]),
        new("Shallow_LeakyReLU_SquaredError_F", () => new Shallow_LeakyReLU_SquaredError_F(), 3, Loss.SquaredError, Precision.Single, [(4, Activation.LeakyReLU), (2, Activation.LeakyReLU)]),
        new("Deep_LeakyReLU_SquaredError_F", () => new Deep_LeakyReLU_SquaredError_F(), 2, Loss.SquaredError, Precision.Single, [(3, Activation.LeakyReLU), (3, Activation.Softplus), (2, Activation.LeakyReLU)]),
        new("LoopShallow_LeakyReLU_SquaredError_F", () => new LoopShallow_LeakyReLU_SquaredError_F(), 5, Loss.SquaredError, Precision.Single, [(11, Activation.LeakyReLU), (2, Activation.LeakyReLU)]),
        new("LoopDeep_LeakyReLU_SquaredError_F", () => new LoopDeep_LeakyReLU_SquaredError_F(), 3, Loss.SquaredError, Precision.Single, [(9, Activation.LeakyReLU), (6, Activation.Softplus), (2, Activation.LeakyReLU)]),
        new("Shallow_LeakyReLU_SquaredError_D", () => new Shallow_LeakyReLU_SquaredError_D(), 3, Loss.SquaredError, Precision.Double, [(4, Activation.LeakyReLU), (2, Activation.LeakyReLU)]),
        new("Deep_LeakyReLU_SquaredError_D", () => new Deep_LeakyReLU_SquaredError_D(), 2, Loss.SquaredError, Precision.Double, [(3, Activation.LeakyReLU), (3, Activation.Softplus), (2, Activation.LeakyReLU)]),
        new("LoopShallow_LeakyReLU_SquaredError_D", () => new LoopShallow_LeakyReLU_SquaredError_D(), 5, Loss.SquaredError, Precision.Double, [(11, Activation.LeakyReLU), (2, Activation.LeakyReLU)]),
        new("LoopDeep_LeakyReLU_SquaredError_D", () => new LoopDeep_LeakyReLU_SquaredError_D(), 3, Loss.SquaredError, Precision.Double, [(9, Activation.LeakyReLU), (6, Activation.Softplus), (2, Activation.LeakyReLU)]),
        new("Shallow_LeakyReLU_SoftmaxCrossEntropy_F", () => new Shallow_LeakyReLU_SoftmaxCrossEntropy_F(), 3, Loss.SoftmaxCrossEntropy, Precision.Single, [(4, Activation.LeakyReLU), (3, Activation.Identity)]),
        new("Deep_LeakyReLU_SoftmaxCrossEntropy_F", () => new Deep_LeakyReLU_SoftmaxCrossEntropy_F(), 2, Loss.SoftmaxCrossEntropy, Precision.Single, [(3, Activation.LeakyReLU), (3, Activation.Softplus), (3, Activation.Identity)]),
        new("LoopShallow_LeakyReLU_SoftmaxCrossEntropy_F", () => new LoopShallow_LeakyReLU_SoftmaxCrossEntropy_F(), 5, Loss.SoftmaxCrossEntropy, Precision.Single, [(11, Activation.LeakyReLU), (11, Activation.Identity)]),
        new("LoopDeep_LeakyReLU_SoftmaxCrossEntropy_F", () => new LoopDeep_LeakyReLU_SoftmaxCrossEntropy_F(), 3, Loss.SoftmaxCrossEntropy, Precision.Single, [(9, Activation.LeakyReLU), (6, Activation.Softplus), (11, Activation.Identity)]),
        new("Wide_LeakyReLU_SoftmaxCrossEntropy_F", () => new Wide_LeakyReLU_SoftmaxCrossEntropy_F(), 4, Loss.SoftmaxCrossEntropy, Precision.Single, [(16, Activation.LeakyReLU), (3, Activation.Identity)]),
        new("Shallow_LeakyReLU_SoftmaxCrossEntropy_D", () => new Shallow_LeakyReLU_SoftmaxCrossEntropy_D(), 3, Loss.SoftmaxCrossEntropy, Precision.Double, [(4, Activation.LeakyReLU), (3, Activation.Identity)]),
        new("Deep_LeakyReLU_SoftmaxCrossEntropy_D", () => new Deep_LeakyReLU_SoftmaxCrossEntropy_D(), 2, Loss.SoftmaxCrossEntropy, Precision.Double, [(3, Activation.LeakyReLU), (3, Activation.Softplus), (3, Activation.Identity)]),
        new("LoopShallow_LeakyReLU_SoftmaxCrossEntropy_D", () => new LoopShallow_LeakyReLU_SoftmaxCrossEntropy_D(), 5, Loss.SoftmaxCrossEntropy, Precision.Double, [(11, Activation.LeakyReLU), (11, Activation.Identity)]),
        new("LoopDeep_LeakyReLU_SoftmaxCrossEntropy_D", () => new LoopDeep_LeakyReLU_SoftmaxCrossEntropy_D(), 3, Loss.SoftmaxCrossEntropy, Precision.Double, [(9, Activation.LeakyReLU), (6, Activation.Softplus), (11, Activation.Identity)]),
        new("Wide_LeakyReLU_SoftmaxCrossEntropy_D", () => new Wide_LeakyReLU_SoftmaxCrossEntropy_D(), 4, Loss.SoftmaxCrossEntropy, Precision.Double, [(16, Activation.LeakyReLU), (3, Activation.Identity)]),
        new("Shallow_Softplus_Hinge_F", () => new Shallow_Softplus_Hinge_F(), 3, Loss.Hinge, Precision.Single, [(4, Activation.Softplus), (1, Activation.Identity)]),
        new("Deep_Softplus_Hinge_F", () => new Deep_Softplus_Hinge_F(), 2, Loss.Hinge, Precision.Single, [(3, Activation.Softplus), (3, Activation.SiLU), (1, Activation.Identity)]),
        new("LoopShallow_Softplus_Hinge_F", () => new LoopShallow_Softplus_Hinge_F(), 5, Loss.Hinge, Precision.Single, [(11, Activation.Softplus), (1, Activation.Identity)]),
        new("LoopDeep_Softplus_Hinge_F", () => new LoopDeep_Softplus_Hinge_F(), 3, Loss.Hinge, Precision.Single, [(9, Activation.Softplus), (6, Activation.SiLU), (1, Activation.Identity)]),
        new("Shallow_Softplus_Hinge_D", () => new Shallow_Softplus_Hinge_D(), 3, Loss.Hinge, Precision.Double, [(4, Activation.Softplus), (1, Activation.Identity)]),
        new("Deep_Softplus_Hinge_D", () => new Deep_Softplus_Hinge_D(), 2, Loss.Hinge, Precision.Double, [(3, Activation.Softplus), (3, Activation.SiLU), (1, Activation.Identity)]),
        new("LoopShallow_Softplus_Hinge_D", () => new LoopShallow_Softplus_Hinge_D(), 5, Loss.Hinge, Precision.Double, [(11, Activation.Softplus), (1, Activation.Identity)]),
        new("LoopDeep_Softplus_Hinge_D", () => new LoopDeep_Softplus_Hinge_D(), 3, Loss.Hinge, Precision.Double, [(9, Activation.Softplus), (6, Activation.SiLU), (1, Activation.Identity)]),
        new("Shallow_Softplus_Logistic_F", () => new Shallow_Softplus_Logistic_F(), 3, Loss.Logistic, Precision.Single, [(4, Activation.Softplus), (1, Activation.Identity)]),
        new("Deep_Softplus_Logistic_F", () => new Deep_Softplus_Logistic_F(), 2, Loss.Logistic, Precision.Single, [(3, Activation.Softplus), (3, Activation.SiLU), (1, Activation.Identity)]),
        new("LoopShallow_Softplus_Logistic_F", () => new LoopShallow_Softplus_Logistic_F(), 5, Loss.Logistic, Precision.Single, [(11, Activation.Softplus), (1, Activation.Identity)]),
        new("LoopDeep_Softplus_Logistic_F", () => new LoopDeep_Softplus_Logistic_F(), 3, Loss.Logistic, Precision.Single, [(9, Activation.Softplus), (6, Activation.SiLU), (1, Activation.Identity)]),
        new("Shallow_Softplus_Logistic_D", () => new Shallow_Softplus_Logistic_D(), 3, Loss.Logistic, Precision.Double, [(4, Activation.Softplus), (1, Activation.Identity)]),
        new("Deep_Softplus_Logistic_D", () => new Deep_Softplus_Logistic_D(), 2, Loss.Logistic, Precision.Double, [(3, Activation.Softplus), (3, Activation.SiLU), (1, Activation.Identity)]),
        new("LoopShallow_Softplus_Logistic_D", () => new LoopShallow_Softplus_Logistic_D(), 5, Loss.Logistic, Precision.Double, [(11, Activation.Softplus), (1, Activation.Identity)]),
        new("LoopDeep_Softplus_Logistic_D", () => new LoopDeep_Softplus_Logistic_D(), 3, Loss.Logistic, Precision.Double, [(9, Activation.Softplus), (6, Activation.SiLU), (1, Activation.Identity)]),
        new("Shallow_Softplus_SquaredError_F", () => new Shallow_Softplus_SquaredError_F(), 3, Loss.SquaredError, Precision.Single, [(4, Activation.Softplus), (2, Activation.Softplus)]),
        new("Deep_Softplus_SquaredError_F", () => new Deep_Softplus_SquaredError_F(), 2, Loss.SquaredError, Precision.Single, [(3, Activation.Softplus), (3, Activation.SiLU), (2, Activation.Softplus)]),
        new("LoopShallow_Softplus_SquaredError_F", () => new LoopShallow_Softplus_SquaredError_F(), 5, Loss.SquaredError, Precision.Single, [(11, Activation.Softplus), (2, Activation.Softplus)]),
        new("LoopDeep_Softplus_SquaredError_F", () => new LoopDeep_Softplus_SquaredError_F(), 3, Loss.SquaredError, Precision.Single, [(9, Activation.Softplus), (6, Activation.SiLU), (2, Activation.Softplus)]),
        new("Shallow_Softplus_SquaredError_D", () => new Shallow_Softplus_SquaredError_D(), 3, Loss.SquaredError, Precision.Double, [(4, Activation.Softplus), (2, Activation.Softplus)]),
        new("Deep_Softplus_SquaredError_D", () => new Deep_Softplus_SquaredError_D(), 2, Loss.SquaredError, Precision.Double, [(3, Activation.Softplus), (3, Activation.SiLU), (2, Activation.Softplus)]),
        new("LoopShallow_Softplus_SquaredError_D", () => new LoopShallow_Softplus_SquaredError_D(), 5, Loss.SquaredError, Precision.Double, [(11, Activation.Softplus), (2, Activation.Softplus)]),
        new("LoopDeep_Softplus_SquaredError_D", () => new LoopDeep_Softplus_SquaredError_D(), 3, Loss.SquaredError, Precision.Double, [(9, Activation.Softplus), (6, Activation.SiLU), (2, Activation.Softplus)]),
        new("Shallow_Softplus_SoftmaxCrossEntropy_F", () => new Shallow_Softplus_SoftmaxCrossEntropy_F(), 3, Loss.SoftmaxCrossEntropy, Precision.Single, [(4, Activation.Softplus), (3, Activation.Identity)]),
        new("Deep_Softplus_SoftmaxCrossEntropy_F", () => new Deep_Softplus_SoftmaxCrossEntropy_F(), 2, Loss.SoftmaxCrossEntropy, Precision.Single, [(3, Activation.Softplus), (3, Activation.SiLU), (3, Activation.Identity)]),
        new("LoopShallow_Softplus_SoftmaxCrossEntropy_F", () => new LoopShallow_Softplus_SoftmaxCrossEntropy_F(), 5, Loss.SoftmaxCrossEntropy, Precision.Single, [(11, Activation.Softplus), (11, Activation.Identity)]),
        new("LoopDeep_Softplus_SoftmaxCrossEntropy_F", () => new LoopDeep_Softplus_SoftmaxCrossEntropy_F(), 3, Loss.SoftmaxCrossEntropy, Precision.Single, [(9, Activation.Softplus), (6, Activation.SiLU), (11, Activation.Identity)]),
        new("Wide_Softplus_SoftmaxCrossEntropy_F", () => new Wide_Softplus_SoftmaxCrossEntropy_F(), 4, Loss.SoftmaxCrossEntropy, Precision.Single, [(16, Activation.Softplus), (3, Activation.Identity)]),
        new("Shallow_Softplus_SoftmaxCrossEntropy_D", () => new Shallow_Softplus_SoftmaxCrossEntropy_D(), 3, Loss.SoftmaxCrossEntropy, Precision.Double, [(4, Activation.Softplus), (3, Activation.Identity)]),
        new("Deep_Softplus_SoftmaxCrossEntropy_D", () => new Deep_Softplus_SoftmaxCrossEntropy_D(), 2, Loss.SoftmaxCrossEntropy, Precision.Double, [(3, Activation.Softplus), (3, Activation.SiLU), (3, Activation.Identity)]),
        new("LoopShallow_Softplus_SoftmaxCrossEntropy_D", () => new LoopShallow_Softplus_SoftmaxCrossEntropy_D(), 5, Loss.SoftmaxCrossEntropy, Precision.Double, [(11, Activation.Softplus), (11, Activation.Identity)]),
        new("LoopDeep_Softplus_SoftmaxCrossEntropy_D", () => new LoopDeep_Softplus_SoftmaxCrossEntropy_D(), 3, Loss.SoftmaxCrossEntropy, Precision.Double, [(9, Activation.Softplus), (6, Activation.SiLU), (11, Activation.Identity)]),
        new("Wide_Softplus_SoftmaxCrossEntropy_D", () => new Wide_Softplus_SoftmaxCrossEntropy_D(), 4, Loss.SoftmaxCrossEntropy, Precision.Double, [(16, Activation.Softplus), (3, Activation.Identity)]),
        new("Shallow_SiLU_Hinge_F", () => new Shallow_SiLU_Hinge_F(), 3, Loss.Hinge, Precision.Single, [(4, Activation.SiLU), (1, Activation.Identity)]),
        new("Deep_SiLU_Hinge_F", () => new Deep_SiLU_Hinge_F(), 2, Loss.Hinge, Precision.Single, [(3, Activation.SiLU), (3, Activation.Identity), (1, Activation.Identity)]),
        new("LoopShallow_SiLU_Hinge_F", () => new LoopShallow_SiLU_Hinge_F(), 5, Loss.Hinge, Precision.Single, [(11, Activation.SiLU), (1, Activation.Identity)]),
        new("LoopDeep_SiLU_Hinge_F", () => new LoopDeep_SiLU_Hinge_F(), 3, Loss.Hinge, Precision.Single, [(9, Activation.SiLU), (6, Activation.Identity), (1, Activation.Identity)]),
        new("Shallow_SiLU_Hinge_D", () => new Shallow_SiLU_Hinge_D(), 3, Loss.Hinge, Precision.Double, [(4, Activation.SiLU), (1, Activation.Identity)]),
        new("Deep_SiLU_Hinge_D", () => new Deep_SiLU_Hinge_D(), 2, Loss.Hinge, Precision.Double, [(3, Activation.SiLU), (3, Activation.Identity), (1, Activation.Identity)]),
        new("LoopShallow_SiLU_Hinge_D", () => new LoopShallow_SiLU_Hinge_D(), 5, Loss.Hinge, Precision.Double, [(11, Activation.SiLU), (1, Activation.Identity)]),
        new("LoopDeep_SiLU_Hinge_D", () => new LoopDeep_SiLU_Hinge_D(), 3, Loss.Hinge, Precision.Double, [(9, Activation.SiLU), (6, Activation.Identity), (1, Activation.Identity)]),
        new("Shallow_SiLU_Logistic_F", () => new Shallow_SiLU_Logistic_F(), 3, Loss.Logistic, Precision.Single, [(4, Activation.SiLU), (1, Activation.Identity)]),
        new("Deep_SiLU_Logistic_F", () => new Deep_SiLU_Logistic_F(), 2, Loss.Logistic, Precision.Single, [(3, Activation.SiLU), (3, Activation.Identity), (1, Activation.Identity)]),
        new("LoopShallow_SiLU_Logistic_F", () => new LoopShallow_SiLU_Logistic_F(), 5, Loss.Logistic, Precision.Single, [(11, Activation.SiLU), (1, Activation.Identity)]),
        new("LoopDeep_SiLU_Logistic_F", () => new LoopDeep_SiLU_Logistic_F(), 3, Loss.Logistic, Precision.Single, [(9, Activation.SiLU), (6, Activation.Identity), (1, Activation.Identity)]),
        new("Shallow_SiLU_Logistic_D", () => new Shallow_SiLU_Logistic_D(), 3, Loss.Logistic, Precision.Double, [(4, Activation.SiLU), (1, Activation.Identity)]),
        new("Deep_SiLU_Logistic_D", () => new Deep_SiLU_Logistic_D(), 2, Loss.Logistic, Precision.Double, [(3, Activation.SiLU), (3, Activation.Identity), (1, Activation.Identity)]),
        new("LoopShallow_SiLU_Logistic_D", () => new LoopShallow_SiLU_Logistic_D(), 5, Loss.Logistic, Precision.Double, [(11, Activation.SiLU), (1, Activation.Identity)]),
        new("LoopDeep_SiLU_Logistic_D", () => new LoopDeep_SiLU_Logistic_D(), 3, Loss.Logistic, Precision.Double, [(9, Activation.SiLU), (6, Activation.Identity), (1, Activation.Identity)]),
        new("Shallow_SiLU_SquaredError_F", () => new Shallow_SiLU_SquaredError_F(), 3, Loss.SquaredError, Precision.Single, [(4, Activation.SiLU), (2, Activation.SiLU)]),
        new("Deep_SiLU_SquaredError_F", () => new Deep_SiLU_SquaredError_F(), 2, Loss.SquaredError, Precision.Single, [(3, Activation.SiLU), (3, Activation.Identity), (2, Activation.SiLU)]),
        new("LoopShallow_SiLU_SquaredError_F", () => new LoopShallow_SiLU_SquaredError_F(), 5, Loss.SquaredError, Precision.Single, [(11, Activation.SiLU), (2, Activation.SiLU)]),
        new("LoopDeep_SiLU_SquaredError_F", () => new LoopDeep_SiLU_SquaredError_F(), 3, Loss.SquaredError, Precision.Single, [(9, Activation.SiLU), (6, Activation.Identity), (2, Activation.SiLU)]),
        new("Shallow_SiLU_SquaredError_D", () => new Shallow_SiLU_SquaredError_D(), 3, Loss.SquaredError, Precision.Double, [(4, Activation.SiLU), (2, Activation.SiLU)]),
        new("Deep_SiLU_SquaredError_D", () => new Deep_SiLU_SquaredError_D(), 2, Loss.SquaredError, Precision.Double, [(3, Activation.SiLU), (3, Activation.Identity), (2, Activation.SiLU)]),
        new("LoopShallow_SiLU_SquaredError_D", () => new LoopShallow_SiLU_SquaredError_D(), 5, Loss.SquaredError, Precision.Double, [(11, Activation.SiLU), (2, Activation.SiLU)]),
        new("LoopDeep_SiLU_SquaredError_D", () => new LoopDeep_SiLU_SquaredError_D(), 3, Loss.SquaredError, Precision.Double, [(9, Activation.SiLU), (6, Activation.Identity), (2, Activation.SiLU)]),
        new("Shallow_SiLU_SoftmaxCrossEntropy_F", () => new Shallow_SiLU_SoftmaxCrossEntropy_F(), 3, Loss.SoftmaxCrossEntropy, Precision.Single, [(4, Activation.SiLU), (3, Activation.Identity)]),
        new("Deep_SiLU_SoftmaxCrossEntropy_F", () => new Deep_SiLU_SoftmaxCrossEntropy_F(), 2, Loss.SoftmaxCrossEntropy, Precision.Single, [(3, Activation.SiLU), (3, Activation.Identity), (3, Activation.Identity)]),
        new("LoopShallow_SiLU_SoftmaxCrossEntropy_F", () => new LoopShallow_SiLU_SoftmaxCrossEntropy_F(), 5, Loss.SoftmaxCrossEntropy, Precision.Single, [(11, Activation.SiLU), (11, Activation.Identity)]),
        new("LoopDeep_SiLU_SoftmaxCrossEntropy_F", () => new LoopDeep_SiLU_SoftmaxCrossEntropy_F(), 3, Loss.SoftmaxCrossEntropy, Precision.Single, [(9, Activation.SiLU), (6, Activation.Identity), (11, Activation.Identity)]),
        new("Wide_SiLU_SoftmaxCrossEntropy_F", () => new Wide_SiLU_SoftmaxCrossEntropy_F(), 4, Loss.SoftmaxCrossEntropy, Precision.Single, [(16, Activation.SiLU), (3, Activation.Identity)]),
        new("Shallow_SiLU_SoftmaxCrossEntropy_D", () => new Shallow_SiLU_SoftmaxCrossEntropy_D(), 3, Loss.SoftmaxCrossEntropy, Precision.Double, [(4, Activation.SiLU), (3, Activation.Identity)]),
        new("Deep_SiLU_SoftmaxCrossEntropy_D", () => new Deep_SiLU_SoftmaxCrossEntropy_D(), 2, Loss.SoftmaxCrossEntropy, Precision.Double, [(3, Activation.SiLU), (3, Activation.Identity), (3, Activation.Identity)]),
        new("LoopShallow_SiLU_SoftmaxCrossEntropy_D", () => new LoopShallow_SiLU_SoftmaxCrossEntropy_D(), 5, Loss.SoftmaxCrossEntropy, Precision.Double, [(11, Activation.SiLU), (11, Activation.Identity)]),
        new("LoopDeep_SiLU_SoftmaxCrossEntropy_D", () => new LoopDeep_SiLU_SoftmaxCrossEntropy_D(), 3, Loss.SoftmaxCrossEntropy, Precision.Double, [(9, Activation.SiLU), (6, Activation.Identity), (11, Activation.Identity)]),
        new("Wide_SiLU_SoftmaxCrossEntropy_D", () => new Wide_SiLU_SoftmaxCrossEntropy_D(), 4, Loss.SoftmaxCrossEntropy, Precision.Double, [(16, Activation.SiLU), (3, Activation.Identity)]),
    ];
}
