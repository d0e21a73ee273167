namespace NetGen.Training.Optimizers;

/// <summary>The update rules, by the code a checkpoint's optm section stores; the values are part of the file format.</summary>
internal enum OptimizerKind : uint
{
    /// <summary>theta &lt;- theta - eta g; no hyperparameters, no state.</summary>
    Sgd = 0,

    /// <summary>Classical or Nesterov momentum; hyperparameters momentum and nesterov (0 or 1); state v.</summary>
    Momentum = 1,

    /// <summary>Adam; hyperparameters beta1, beta2, epsilon; state m and s, and the scalars b1^t and b2^t.</summary>
    Adam = 2,
}
