using NetGen.Generator.Model;
using NetGen.Generator.Parsing;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit;

/// <summary>
/// The loop form of the forward pass and backprop, for networks too large to unroll: each layer is a few calls into
/// NetGen.Runtime.DenseKernels (a register-blocked GEMV over the rows of W(l), vectorised activations, column-blocked
/// kernels for W^T delta and for the updates), with every z(l), h(l) and delta(l) in a stackalloc buffer. The loss is written
/// out per output, on locals loaded from the last layer, as in the unrolled form, except softmax cross-entropy, which calls
/// the vector NetGen.Runtime.SoftmaxKernels on z(L+1).
/// </summary>
internal sealed partial class NetworkEmitter
{
    private const string Kernels = "global::NetGen.Runtime.DenseKernels";

    private void WriteLoopForwardBlock(bool writable, bool outputLocals)
    {
        string spanType = writable ? $"{Span}<{_t}>" : $"{ReadOnlySpan}<{_t}>";
        _w.Line("// h(1) = x");
        _w.Line($"{ReadOnlySpan}<{_t}> h1 = input;");
        _w.Line($"{spanType} p = {GeneratedMemberNames.ParameterField}.Span;");
        foreach (LayerPlan layer in _plan.Layers)
        {
            int l = layer.Number;
            _w.Line($"// Layer {l}: z({l + 1}) = W({l}) h({l}) + b({l}), eight rows of W({l}) per SIMD pass over h({l}); h({l + 1}) = {ActivationName(layer.Activation)}(z({l + 1}))");
            _w.Line($"{Span}<{_t}> z{l + 1} = stackalloc {_t}[{layer.Outputs}];");
            _w.Line($"{Kernels}.Affine(p.Slice({layer.WeightOffset}, {layer.WeightCount}), p.Slice({layer.BiasOffset}, {layer.Outputs}), h{l}, z{l + 1});");
            if (layer.Activation == ActivationKind.Identity)
            {
                _w.Line($"{Span}<{_t}> h{l + 1} = z{l + 1};");
            }
            else
            {
                _w.Line($"{Span}<{_t}> h{l + 1} = stackalloc {_t}[{layer.Outputs}];");
                _w.Line($"{Kernels}.Activate(global::NetGen.Activation.{layer.Activation}, z{l + 1}, h{l + 1});");
            }
        }

        if (!outputLocals)
        {
            return;
        }

        int top = OutputLevel;
        LayerPlan output = _plan.Output;
        _w.Line($"// The outputs as locals, for the loss written out per output");
        for (int k = 0; k < output.Outputs; k++)
        {
            _w.Line($"{_t} {Z(top, k)} = z{top}[{k}];");
            _w.Line($"{_t} {H(top, k)} = h{top}[{k}];");
            if (output.Activation == ActivationKind.SiLU)
            {
                _w.Line($"{_t} {S(top, k)} = {Sigmoid(Z(top, k))};");
            }
        }
    }

    private void WriteLoopBackprop(bool fusedUpdate)
    {
        int top = OutputLevel;
        if (_spec.Loss != LossKind.SoftmaxCrossEntropy)
        {
            // The softmax loss block fills d(L+1) itself; the others leave delta(L+1) in locals.
            _w.Line($"{Span}<{_t}> d{top} = stackalloc {_t}[{_plan.Output.Outputs}];");
            for (int k = 0; k < _plan.Output.Outputs; k++)
            {
                _w.Line($"d{top}[{k}] = {D(top, k)};");
            }
        }

        for (int index = _plan.Layers.Count - 1; index >= 0; index--)
        {
            LayerPlan layer = _plan.Layers[index];
            int l = layer.Number;
            string weights = $"p.Slice({layer.WeightOffset}, {layer.WeightCount})";
            string biases = $"p.Slice({layer.BiasOffset}, {layer.Outputs})";
            ActivationKind below = index > 0 ? _plan.Layers[index - 1].Activation : ActivationKind.Identity;
            if (l > 1)
            {
                _w.Line($"{Span}<{_t}> d{l} = stackalloc {_t}[{layer.Inputs}];");
            }

            string belowDelta = l > 1 ? $"d{l}" : $"{Span}<{_t}>.Empty";
            if (fusedUpdate)
            {
                _w.Line($"// delta({l}) = W({l})^T delta({l + 1}) from the old W({l}), then W({l}) -= eta delta({l + 1}) h({l})^T, b({l}) -= eta delta({l + 1}): one pass over W({l})");
                _w.Line($"{Kernels}.BackpropAndUpdate({weights}, {biases}, d{l + 1}, h{l}, {belowDelta}, learningRate);");
            }
            else
            {
                _w.Line($"// dLoss/dW({l}) = delta({l + 1}) h({l})^T; dLoss/db({l}) = delta({l + 1})");
                _w.Line($"{Kernels}.AccumulateOuter(d{l + 1}, h{l}, gradient.Slice({layer.WeightOffset}, {layer.WeightCount}), gradient.Slice({layer.BiasOffset}, {layer.Outputs}));");
                if (l > 1)
                {
                    _w.Line($"// delta({l}) = W({l})^T delta({l + 1}) (.) g'(z({l}))");
                    _w.Line($"{Kernels}.TransposedMultiply({weights}, d{l + 1}, d{l});");
                }
            }

            if (l > 1 && below != ActivationKind.Identity)
            {
                _w.Line($"{Kernels}.MultiplyByDerivative(global::NetGen.Activation.{below}, z{l}, h{l}, d{l}); // {DerivativeFormula(below)}");
            }
        }
    }
}
