namespace NetGen;

/// <summary>The activation function g of a dense layer: h(l+1) = g(z(l+1)).</summary>
public enum Activation
{
    /// <summary>g(z) = z. The default; required on the output layer for Hinge, Logistic and SoftmaxCrossEntropy.</summary>
    Identity = 0,

    /// <summary>g(z) = 1 / (1 + e^-z); g'(z) = h (1 - h).</summary>
    Sigmoid = 1,

    /// <summary>g(z) = tanh z; g'(z) = 1 - h^2.</summary>
    Tanh = 2,

    /// <summary>g(z) = max(0, z); g'(z) = [z &gt; 0], so g'(0) = 0.</summary>
    ReLU = 3,

    /// <summary>g(z) = z for z &gt; 0, else 0.01 z; g'(z) = 1 for z &gt; 0, else 0.01 (so g'(0) = 0.01).</summary>
    LeakyReLU = 4,

    /// <summary>g(z) = log(1 + e^z); g'(z) = sigmoid(z).</summary>
    Softplus = 5,

    /// <summary>g(z) = z sigmoid(z) (also called swish); g'(z) = s (1 + z (1 - s)) with s = sigmoid(z).</summary>
    SiLU = 6,
}

/// <summary>The per-sample loss Loss(y, z) that training minimises; the objective is J(theta) = 1/n sum_i Loss(y_i, h(x_i; theta)).</summary>
public enum Loss
{
    /// <summary>
    /// max(0, 1 - y z) with a label y in {+1, -1} and one Identity output z. dLoss/dz = -y when 1 - y z &gt; 0, else 0
    /// (so 0 exactly on the margin y z = 1). Prediction: sign(z).
    /// </summary>
    Hinge = 0,

    /// <summary>log(1 + e^(-y z)) with a label y in {+1, -1} and one Identity output z. dLoss/dz = -y sigmoid(-y z).</summary>
    Logistic = 1,

    /// <summary>1/2 sum_k (o_k - y_k)^2 over any number of outputs o (after the output layer's activation).</summary>
    SquaredError = 2,

    /// <summary>
    /// -log softmax(z)[c] with a class index c and at least two Identity outputs; softmax is folded into the loss, so
    /// dLoss/dz = softmax(z) - onehot(c). Prediction: argmax z.
    /// </summary>
    SoftmaxCrossEntropy = 3,
}

/// <summary>The element type T of the generated code.</summary>
public enum Precision
{
    /// <summary>T = <see cref="float"/> (the default).</summary>
    Single = 0,

    /// <summary>T = <see cref="double"/>.</summary>
    Double = 1,
}

/// <summary>How the generator writes a network's code: <c>[Network(..., Unroll = Unrolling.Never)]</c>.</summary>
public enum Unrolling
{
    /// <summary>Fully unrolled straight-line code when it fits the JIT's optimisation budget, else loops (with an Info diagnostic, NG0014).</summary>
    Auto = 0,

    /// <summary>Always fully unrolled; a network over the budget is an error (NG0011).</summary>
    Always = 1,

    /// <summary>Always loops over SIMD kernels: dot products over the rows of W, vectorised activations.</summary>
    Never = 2,
}
