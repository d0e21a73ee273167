using NetGen;

namespace NetGen.Examples.SineRegression;

/// <summary>
/// Universal approximation in its smallest form: one hidden layer of 16 tanh units and a linear output can fit any
/// smooth function on an interval, here sin(x) on [-pi, pi].
/// </summary>
[Network(Loss.SquaredError)]
[Input(1)]
[Dense(16, Activation.Tanh)]
[Dense(1)]
public partial class SineNet
{
}
