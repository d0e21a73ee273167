using System.Collections.Generic;
using NetGen.Generator.Model;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit;

/// <summary>
/// The loss, its derivative delta(L+1) = dLoss/dz(L+1), and backprop by the chain rule:
/// delta(l) = W(l)^T delta(l+1) (.) g'(z(l)), dLoss/dW(l) = delta(l+1) h(l)^T, dLoss/db(l) = delta(l+1).
/// </summary>
internal sealed partial class NetworkEmitter
{
    private const string SoftmaxKernels = "global::NetGen.Runtime.SoftmaxKernels";

    private const string BinaryLoss = "global::NetGen.Runtime.BinaryLoss";

    /// <summary>The documented relative error of VectorMath's exp, which the vector softmax uses.</summary>
    private const string ExpError = "2 ulp";

    /// <summary>
    /// Declares "loss" and, when asked, the output deltas delta(L+1)_k: as scalar locals, or, for softmax cross-entropy in
    /// the loop form, as the span d(L+1) that the runtime's vector softmax fills.
    /// </summary>
    private void WriteLossBlock(bool withDerivative)
    {
        int top = OutputLevel;
        LayerPlan output = _plan.Output;
        switch (_spec.Loss)
        {
            case LossKind.Hinge:
                _w.Line("// Loss = max(0, 1 - y z), NaN for a NaN score (NetGen.Runtime.BinaryLoss.Hinge, one maxss)");
                _w.Line($"{_t} margin = {Lit(1)} - label * {Z(top, 0)};");
                _w.Line($"{_t} loss = {BinaryLoss}.Hinge(margin);");
                if (withDerivative)
                {
                    _w.Line($"// delta({top}) = dLoss/dz = -y when 1 - y z > 0, else 0 (also 0 exactly on the margin y z = 1). A branch on purpose: the CPU");
                    _w.Line("// predicts it, and the updates need not wait for z (a compare mask measured slower, docs/benchmarks/raw/binary-loss-step)");
                    _w.Line($"{_t} {D(top, 0)} = margin > {Lit(0)} ? -label : {Lit(0)};");
                }

                break;

            case LossKind.Logistic:
                _w.Line("// Loss = log(1 + e^(-y z)) = max(m, 0) + log(1 + e^-|m|) with m = -y z, which never overflows");
                _w.Line($"{_t} m = -label * {Z(top, 0)};");
                _w.Line($"// e = e^-|m| by VectorMath's exp inline ({ExpError}; NetGen.Runtime.BinaryLoss). The log is taken where the loss is returned: a call of");
                _w.Line("// MathF.Exp or Log here would make the JIT keep every live vector register in memory across it");
                _w.Line($"{_t} e = {BinaryLoss}.ExpOfMinusAbs(m);");
                if (withDerivative)
                {
                    _w.Line($"// delta({top}) = dLoss/dz = -y sigmoid(m), sigmoid(m) = 1 / (1 + e) for m >= 0 and e / (1 + e) for m < 0, picked without a branch");
                    _w.Line($"{_t} {D(top, 0)} = {BinaryLoss}.LogisticSlope(m, e, label);");
                }

                break;

            case LossKind.SquaredError:
                _w.Line($"// Loss = 1/2 sum_k (h({top})_k - y_k)^2");
                var squares = new List<string>(output.Outputs);
                for (int k = 0; k < output.Outputs; k++)
                {
                    _w.Line($"{_t} r{k} = {H(top, k)} - target[{k}];");
                    squares.Add($"r{k} * r{k}");
                }

                WriteSum($"{_t} loss = {Lit(0.5)} * (", squares, ");");
                if (withDerivative)
                {
                    _w.Line($"// delta({top}) = dLoss/dh({top}) (.) g'(z({top})) = (h({top}) - y) (.) g'(z({top})), {DerivativeFormula(output.Activation)}");
                    for (int k = 0; k < output.Outputs; k++)
                    {
                        WriteTimesDerivative($"{_t} {D(top, k)} = ", new List<string> { $"r{k}" }, output.Activation, top, k);
                    }
                }

                break;

            case LossKind.SoftmaxCrossEntropy when _plan.UsesLoops:
                _w.Line("// Loss = -log softmax(z)[c] = log sum_k e^(z_k - max) + (max - z_c); subtracting max keeps every e^ <= 1, and (max - z_c) first keeps the loss from rounding at the scale of max");
                if (withDerivative)
                {
                    _w.Line($"// delta({top}) = dLoss/dz = softmax(z) - onehot(c), with the loss, over vectors of z({top}) (NetGen.Runtime.SoftmaxKernels, exp within {ExpError})");
                    _w.Line($"{Span}<{_t}> d{top} = stackalloc {_t}[{output.Outputs}];");
                    _w.Line($"{_t} loss = {SoftmaxKernels}.LossAndDelta<{_t}>(z{top}, label, d{top});");
                }
                else
                {
                    _w.Line($"// Over vectors of z({top}) (NetGen.Runtime.SoftmaxKernels, exp within {ExpError})");
                    _w.Line($"{_t} loss = {SoftmaxKernels}.Loss<{_t}>(z{top}, label);");
                }

                break;

            case LossKind.SoftmaxCrossEntropy:
                _w.Line("// Loss = -log softmax(z)[c] = log sum_k e^(z_k - max) + (max - z_c); subtracting max keeps every e^ <= 1, and (max - z_c) first keeps the loss from rounding at the scale of max");
                _w.Line("// max by SoftmaxKernels.Max (one maxss: a NaN logit makes the sum NaN whatever max is); the label picks z_c and onehot(c) without a branch, which a shuffled training set would mispredict");
                _w.Line($"{_t} max = {Z(top, 0)};");
                for (int k = 1; k < output.Outputs; k++)
                {
                    _w.Line($"max = {SoftmaxKernels}.Max(max, {Z(top, k)});");
                }

                var exps = new List<string>(output.Outputs);
                if (HasVectorSoftmaxExp)
                {
                    WriteVectorSoftmaxExp(top, output.Outputs);
                }

                for (int k = 0; k < output.Outputs; k++)
                {
                    _w.Line(HasVectorSoftmaxExp
                        ? $"{_t} exp{k} = {Element("expz", k)};"
                        : $"{_t} exp{k} = {_math}.Exp({Z(top, k)} - max);");
                    exps.Add($"exp{k}");
                }

                WriteSum($"{_t} sum = ", exps, ";");
                var picks = new List<string>(output.Outputs);
                for (int k = 0; k < output.Outputs; k++)
                {
                    picks.Add($"{SoftmaxKernels}.Pick({Z(top, k)}, label, {k})");
                }

                WriteSum($"{_t} zc = ", picks, ";");
                _w.Line("// Loss = log(sum) + shift, taken where it is returned: a call of log here would make the JIT keep every live vector register in memory across it");
                _w.Line($"{_t} shift = max - zc;");
                if (withDerivative)
                {
                    _w.Line($"// delta({top}) = dLoss/dz = softmax(z) - onehot(c)");
                    _w.Line($"{_t} inverseSum = {Lit(1)} / sum;");
                    for (int k = 0; k < output.Outputs; k++)
                    {
                        _w.Line($"{_t} {D(top, k)} = exp{k} * inverseSum - {SoftmaxKernels}.OneHot(label, {k});");
                    }
                }

                break;
        }
    }

    /// <summary>
    /// Whether the loss is kept as pieces until it is returned, so that its log is a call at the end of the method instead
    /// of in the middle of the vector code: the unrolled softmax's sum and shift, the logistic loss's m and e^-|m|.
    /// </summary>
    private bool DefersLossLog => (_spec.Loss == LossKind.SoftmaxCrossEntropy && !_plan.UsesLoops) || _spec.Loss == LossKind.Logistic;

    /// <summary>The loss, for the return statement after <see cref="WriteLossBlock"/>.</summary>
    private string LossValue => !DefersLossLog ? "loss"
        : _spec.Loss == LossKind.Logistic ? $"{_math}.Max(m, {Lit(0)}) + {_math}.Log({Lit(1)} + e)"
        : $"{_math}.Log(sum) + shift";

    /// <summary>
    /// TrainStep's check that the loss is finite, before any parameter changes. With the loss in pieces: log(sum) + shift
    /// is finite exactly when both are (sum is at least e^0 = 1 unless NaN or infinite); max(m, 0) + log(1 + e^-|m|)
    /// exactly when m is below +infinity (the log is in [0, log 2], and m = -infinity is a loss of 0). The log is taken
    /// only on the path that throws.
    /// </summary>
    private void WriteLossCheck()
    {
        if (_spec.Loss == LossKind.Logistic)
        {
            _w.Line($"if (!(m < {_t}.PositiveInfinity)) {Guard}.Diverged({LossValue});");
            return;
        }

        if (DefersLossLog)
        {
            _w.Line($"if (!({_t}.IsFinite(sum) & {_t}.IsFinite(shift))) {Guard}.Diverged({LossValue});");
            return;
        }

        _w.Line($"{Guard}.FiniteLoss(loss);");
    }

    /// <summary>
    /// The unrolled softmax takes e^(z_k - max) of all its outputs in one vector when they fit in one (2 to 8 floats, 2 to
    /// 4 doubles) and the network already uses vectors: one inlined VectorMath.Exp in place of a call of Math(F).Exp per
    /// output, each of which spills the live vector registers around it (SysV saves none of them across a call).
    /// </summary>
    private bool HasVectorSoftmaxExp =>
        _spec.Loss == LossKind.SoftmaxCrossEntropy && !_plan.UsesLoops && UsesNeuronVectors
        && _plan.Output.Outputs >= 2 && _plan.Output.Outputs <= Lanes;

    /// <summary>expz = e^(z(top) - max) lane by lane; the lanes past the outputs hold max - max = 0 and are not read.</summary>
    private void WriteVectorSoftmaxExp(int top, int outputs)
    {
        var lanes = new List<string>(Lanes);
        for (int k = 0; k < Lanes; k++)
        {
            lanes.Add(k < outputs ? Z(top, k) : "max");
        }

        string floor = _spec.Precision == PrecisionKind.Single ? "-87" : "-708";
        _w.Line($"// e^(z_k - max) of the {outputs} outputs in one vector (NetGen.Runtime.VectorMath.Exp, within {ExpError}; exponents below {floor} give e^{floor}); lanes {outputs} on are e^0, unused");
        _w.Line($"{VectorOfT} expz = global::NetGen.Runtime.VectorMath.Exp({Vector}.Create({string.Join(", ", lanes)}) - {Vector}.Create(max));");
    }

    /// <summary>
    /// Walks the layers from the output down. For each layer l it first computes delta(l) from W(l) and delta(l+1), then
    /// either adds dLoss/dW(l), dLoss/db(l) into the gradient or, fused, applies the SGD update to W(l) and b(l). The
    /// order matters for the fused step: W(l) is read for delta(l) before it is changed.
    /// </summary>
    private void WriteBackprop(bool fusedUpdate)
    {
        if (_plan.UsesLoops)
        {
            WriteLoopBackprop(fusedUpdate);
            return;
        }

        if (!fusedUpdate)
        {
            foreach (LayerPlan layer in _plan.Layers)
            {
                _w.Line($"{Span}<{_t}> gW{layer.Number} = gradient.Slice({layer.WeightOffset}, {layer.WeightCount});");
                _w.Line($"{Span}<{_t}> gb{layer.Number} = gradient.Slice({layer.BiasOffset}, {layer.Outputs});");
            }

            if (UsesNeuronVectors)
            {
                _w.Line($"ref {_t} g0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(gradient);");
            }
        }

        for (int index = _plan.Layers.Count - 1; index >= 0; index--)
        {
            LayerPlan layer = _plan.Layers[index];
            int l = layer.Number;
            bool factored = fusedUpdate && HasFactoredStep;
            if (factored && l == 1)
            {
                WriteFactoredFirstLayerStep(layer);
                continue;
            }

            if (factored)
            {
                WriteStepFactors(layer, _plan.Layers[index - 1].Activation);
            }
            else if (l > 1 && IsVectorLevel(l))
            {
                WriteVectorDeltas(layer, _plan.Layers[index - 1].Activation);
            }
            else if (l > 1)
            {
                WriteHiddenDeltas(layer, _plan.Layers[index - 1].Activation);
            }

            if (IsVectorLevel(l) || IsVectorLevel(l + 1))
            {
                WriteVectorParameterStep(layer, fusedUpdate);
            }
            else if (fusedUpdate)
            {
                WriteUpdate(layer);
            }
            else
            {
                WriteGradient(layer);
            }
        }
    }

    /// <summary>delta(l)_j = (sum_k w_kj^(l) delta(l+1)_k) g'(z(l)_j), for the values h(l) feeding <paramref name="layer"/>.</summary>
    private void WriteHiddenDeltas(LayerPlan layer, ActivationKind activation)
    {
        int l = layer.Number;
        _w.Line($"// delta({l}) = W({l})^T delta({l + 1}) (.) g'(z({l})), {DerivativeFormula(activation)}");
        for (int j = 0; j < layer.Inputs; j++)
        {
            var terms = new List<string>(layer.Outputs);
            for (int k = 0; k < layer.Outputs; k++)
            {
                terms.Add($"W{l}[{layer.WeightIndex(k, j) - layer.WeightOffset}] * {D(l + 1, k)}");
            }

            WriteTimesDerivative($"{_t} {D(l, j)} = ", terms, activation, l, j);
        }
    }

    private void WriteGradient(LayerPlan layer)
    {
        int l = layer.Number;
        _w.Line($"// dLoss/dW({l}) = delta({l + 1}) h({l})^T; dLoss/db({l}) = delta({l + 1})");
        for (int k = 0; k < layer.Outputs; k++)
        {
            for (int j = 0; j < layer.Inputs; j++)
            {
                _w.Line($"gW{l}[{(k * layer.Inputs) + j}] += {D(l + 1, k)} * {H(l, j)};");
            }

            _w.Line($"gb{l}[{k}] += {D(l + 1, k)};");
        }
    }

    private void WriteUpdate(LayerPlan layer)
    {
        int l = layer.Number;
        _w.Line($"// W({l}) -= eta delta({l + 1}) h({l})^T; b({l}) -= eta delta({l + 1})");
        for (int k = 0; k < layer.Outputs; k++)
        {
            string step = $"step{l + 1}_{k}";
            _w.Line($"{_t} {step} = learningRate * {D(l + 1, k)};");
            for (int j = 0; j < layer.Inputs; j++)
            {
                _w.Line($"W{l}[{(k * layer.Inputs) + j}] -= {step} * {H(l, j)};");
            }

            _w.Line($"b{l}[{k}] -= {step};");
        }
    }
}
