using System.Collections.Generic;
using NetGen.Generator.Model;
using NetGen.Generator.Parsing;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit;

/// <summary>The forward pass: h(1) = x, then z(l+1) = W(l) h(l) + b(l) and h(l+1) = g(z(l+1)) for every layer, unrolled.</summary>
internal sealed partial class NetworkEmitter
{
    /// <summary>Terms of a dot product per source line; longer sums continue on the next line.</summary>
    private const int TermsPerLine = 8;

    /// <summary>
    /// Declares x, one span per W(l) and b(l) (fixed-length slices, so the JIT drops the bounds checks of the constant
    /// indices), and every z(l), h(l) of the network as locals. <paramref name="forLoss"/>: the loss block follows and
    /// reads the outputs (the loop form then leaves them in z(L+1) for the vector softmax).
    /// </summary>
    private void WriteForwardBlock(bool writable, bool forLoss = false)
    {
        _windowNoteWritten = false;
        _forwardOnly = !writable && !forLoss;
        if (_plan.UsesLoops)
        {
            WriteLoopForwardBlock(writable, outputLocals: !forLoss || _spec.Loss != LossKind.SoftmaxCrossEntropy);
            return;
        }

        _w.Line("// h(1) = x");
        if (IsVectorLevel(1) && _spec.InputSize >= Lanes)
        {
            _w.Line($"ref {_t} x0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(input);");
        }

        if (IsVectorLevel(1))
        {
            for (int c = 0; c < ChunkCount(_spec.InputSize); c++)
            {
                _w.Line($"{VectorOfT} {HV(1, c)} = {Contiguous("input", c * Lanes, ChunkSize(_spec.InputSize, c))};");
            }
        }
        else
        {
            for (int j = 0; j < _spec.InputSize; j++)
            {
                _w.Line($"{_t} {H(1, j)} = input[{j}];");
            }
        }

        string spanType = writable ? $"{Span}<{_t}>" : $"{ReadOnlySpan}<{_t}>";
        // The block always holds ParameterCount elements (the field is created with that length and never replaced): a
        // span of that constant length lets the JIT drop the length checks of the slices below, which a length read
        // from the block would leave in (four compares and branches on 2-3-1, 5 % of its forward pass).
        _w.Line($"// p: the parameters, as a span of the constant length ParameterCount, so the slices below need no length checks");
        _w.Line($"{spanType} p = global::System.Runtime.InteropServices.MemoryMarshal.Create{(writable ? string.Empty : "ReadOnly")}Span(ref {GeneratedMemberNames.ParameterField}.Start, ParameterCount);");
        foreach (LayerPlan layer in _plan.Layers)
        {
            _w.Line($"{spanType} W{layer.Number} = p.Slice({layer.WeightOffset}, {layer.WeightCount});");
            _w.Line($"{spanType} b{layer.Number} = p.Slice({layer.BiasOffset}, {layer.Outputs});");
        }

        if (UsesNeuronVectors)
        {
            _w.Line("// p0: element 0 of the parameters, on a 64-byte boundary; the base of the vector loads and stores at constant offsets");
            _w.Line($"ref {_t} p0 = ref {GeneratedMemberNames.ParameterField}.Start;");
        }

        if (_firstLayerFromRecord)
        {
            WriteStepRecordStart();
        }

        foreach (LayerPlan layer in _plan.Layers)
        {
            int l = layer.Number;
            _w.Line($"// Layer {l}: z({l + 1}) = W({l}) h({l}) + b({l}); h({l + 1}) = {ActivationName(layer.Activation)}(z({l + 1}))");
            if (IsVectorLevel(l + 1) && !IsVectorLevel(l))
            {
                WriteColumnLayer(layer);
                if (_firstLayerFromRecord && l == 1)
                {
                    WriteRecordedChange();
                }

                WriteVectorActivation(layer);
                continue;
            }

            if (IsVectorLevel(l))
            {
                WriteRowDotLayer(layer);
                if (IsVectorLevel(l + 1))
                {
                    WritePackedZ(layer);
                    WriteVectorActivation(layer);
                    continue;
                }
            }

            bool vectorised = IsVectorised(layer);
            for (int k = 0; k < layer.Outputs; k++)
            {
                if (!IsVectorLevel(l))
                {
                    var terms = new List<string>(layer.Inputs + 1);
                    for (int j = 0; j < layer.Inputs; j++)
                    {
                        terms.Add($"W{l}[{(k * layer.Inputs) + j}] * {H(l, j)}");
                    }

                    terms.Add($"b{l}[{k}]");
                    WriteSum($"{_t} {Z(l + 1, k)} = ", terms, ";");
                }

                if (!vectorised)
                {
                    WriteActivation(layer.Activation, l + 1, k);
                }
            }

            if (vectorised)
            {
                WriteVectorisedActivation(layer);
            }
        }
    }

    /// <summary>Lanes of a 256-bit vector: 8 floats or 4 doubles.</summary>
    private int Lanes => _spec.Precision == PrecisionKind.Single ? 8 : 4;

    /// <summary>
    /// Sigmoid, tanh and SiLU cost a call to exp or tanh per neuron in scalar code; from three neurons on, applying them
    /// to a vector of neurons (NetGen.Runtime.VectorMath) is faster, even counting the packing.
    /// </summary>
    private static bool IsVectorised(LayerPlan layer) =>
        layer.Outputs >= 3 && layer.Activation is ActivationKind.Sigmoid or ActivationKind.Tanh or ActivationKind.SiLU;

    private void WriteVectorisedActivation(LayerPlan layer)
    {
        int level = layer.Number + 1;
        string function = layer.Activation == ActivationKind.Tanh ? "Tanh" : "Sigmoid";
        _w.Line($"// h({level}) = {ActivationName(layer.Activation)}(z({level})), {NeuronsPerVector(layer.Outputs)} (NetGen.Runtime.VectorMath.{function}, max abs error {VectorMathError(layer.Activation)})");
        for (int start = 0, chunk = 0; start < layer.Outputs; start += Lanes, chunk++)
        {
            var lanes = new List<string>(Lanes);
            for (int i = 0; i < Lanes; i++)
            {
                lanes.Add(start + i < layer.Outputs ? Z(level, start + i) : Lit(0));
            }

            string vector = $"g{level}_{chunk}";
            _w.Line($"global::System.Runtime.Intrinsics.Vector256<{_t}> {vector} = global::NetGen.Runtime.VectorMath.{function}(global::System.Runtime.Intrinsics.Vector256.Create({string.Join(", ", lanes)}));");
            for (int i = 0; i < Lanes && start + i < layer.Outputs; i++)
            {
                int k = start + i;
                if (layer.Activation == ActivationKind.SiLU)
                {
                    _w.Line($"{_t} {S(level, k)} = {vector}[{i}];");
                    _w.Line($"{_t} {H(level, k)} = {Z(level, k)} * {S(level, k)};");
                }
                else
                {
                    _w.Line($"{_t} {H(level, k)} = {vector}[{i}];");
                }
            }
        }
    }

    /// <summary>Writes "prefix t0 + t1 + ... suffix", breaking the sum every <see cref="TermsPerLine"/> terms.</summary>
    private void WriteSum(string prefix, List<string> terms, string suffix)
    {
        if (terms.Count <= TermsPerLine)
        {
            _w.Line(prefix + string.Join(" + ", terms) + suffix);
            return;
        }

        for (int start = 0; start < terms.Count; start += TermsPerLine)
        {
            int count = System.Math.Min(TermsPerLine, terms.Count - start);
            string chunk = string.Join(" + ", terms.GetRange(start, count));
            bool last = start + count >= terms.Count;
            _w.Line(start == 0 ? prefix + chunk : "    + " + chunk + (last ? suffix : string.Empty));
        }
    }

    private void WriteActivation(ActivationKind activation, int level, int k)
    {
        string z = Z(level, k);
        string h = H(level, k);
        switch (activation)
        {
            case ActivationKind.Identity:
                _w.Line($"{_t} {h} = {z};");
                break;
            case ActivationKind.Sigmoid:
                _w.Line($"{_t} {h} = {Sigmoid(z)};");
                break;
            case ActivationKind.Tanh:
                _w.Line($"{_t} {h} = {_math}.Tanh({z});");
                break;
            case ActivationKind.ReLU:
                _w.Line($"{_t} {h} = {z} > {Lit(0)} ? {z} : {Lit(0)};");
                break;
            case ActivationKind.LeakyReLU:
                _w.Line($"{_t} {h} = {z} > {Lit(0)} ? {z} : {Lit(0.01)} * {z};");
                break;
            case ActivationKind.Softplus:
                // log(1 + e^z) = max(z, 0) + log(1 + e^-|z|): never overflows.
                _w.Line($"{_t} {h} = {_math}.Max({z}, {Lit(0)}) + {_math}.Log({Lit(1)} + {_math}.Exp(-{_math}.Abs({z})));");
                break;
            case ActivationKind.SiLU:
                _w.Line($"{_t} {S(level, k)} = {Sigmoid(z)};");
                _w.Line($"{_t} {h} = {z} * {S(level, k)};");
                break;
        }
    }

    private string Sigmoid(string z) => $"{Lit(1)} / ({Lit(1)} + {_math}.Exp(-{z}))";

    /// <summary>
    /// g'(z) for the neuron at (level, k), written from the values the forward pass kept; null for the identity, whose
    /// derivative 1 needs no factor. ReLU and leaky ReLU are handled by the caller as a select.
    /// </summary>
    private string? DerivativeFactor(ActivationKind activation, int level, int k)
    {
        string z = Z(level, k);
        string h = H(level, k);
        return activation switch
        {
            ActivationKind.Sigmoid => $"{h} * ({Lit(1)} - {h})",
            ActivationKind.Tanh => $"({Lit(1)} - {h} * {h})",
            ActivationKind.Softplus => $"{Sigmoid(z)}",
            ActivationKind.SiLU => $"{S(level, k)} * ({Lit(1)} + {z} * ({Lit(1)} - {S(level, k)}))",
            _ => null,
        };
    }

    /// <summary>The formula of g' for comments.</summary>
    private static string DerivativeFormula(ActivationKind activation) => activation switch
    {
        ActivationKind.Identity => "identity' = 1",
        ActivationKind.Sigmoid => "sigmoid' = h (1 - h)",
        ActivationKind.Tanh => "tanh' = 1 - h^2",
        ActivationKind.ReLU => "ReLU' = [z > 0], 0 at the kink z = 0",
        ActivationKind.LeakyReLU => "leaky ReLU' = 1 for z > 0, else 0.01",
        ActivationKind.Softplus => "softplus' = sigmoid(z)",
        _ => "SiLU' = s (1 + z (1 - s)), s = sigmoid(z)",
    };

    /// <summary>Writes "T name = value (.) g'(z)" for the neuron at (level, k).</summary>
    private void WriteTimesDerivative(string declaration, List<string> valueTerms, ActivationKind activation, int level, int k)
    {
        string z = Z(level, k);
        switch (activation)
        {
            case ActivationKind.Identity:
                WriteSum(declaration, valueTerms, ";");
                break;
            case ActivationKind.ReLU:
                WriteSum($"{declaration}{z} > {Lit(0)} ? ", Parenthesize(valueTerms), $" : {Lit(0)};");
                break;
            case ActivationKind.LeakyReLU:
                WriteSum(declaration, Parenthesize(valueTerms), $" * ({z} > {Lit(0)} ? {Lit(1)} : {Lit(0.01)});");
                break;
            default:
                WriteSum(declaration, Parenthesize(valueTerms), $" * {DerivativeFactor(activation, level, k)};");
                break;
        }
    }

    /// <summary>Wraps a sum of several terms in parentheses, as the first and last elements of the list.</summary>
    private static List<string> Parenthesize(List<string> terms)
    {
        if (terms.Count == 1)
        {
            return terms;
        }

        var wrapped = new List<string>(terms);
        wrapped[0] = "(" + wrapped[0];
        wrapped[wrapped.Count - 1] += ")";
        return wrapped;
    }
}
