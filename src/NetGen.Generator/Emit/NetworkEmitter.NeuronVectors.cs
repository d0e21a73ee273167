using System.Collections.Generic;
using System.Linq;
using NetGen.Generator.Model;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit;

/// <summary>
/// Unrolled code that keeps the neurons of a hidden layer in 256-bit vectors (8 floats or 4 doubles a chunk) instead of
/// scalar locals. With W(l) row-major, row k (w_k0 .. w_kn) is contiguous, so a layer whose input h(l) is in vectors
/// computes z(l+1)_k as a vector dot product of row k with h(l), and backprop forms delta(l) = W(l)^T delta(l+1) as a
/// sum of rows scaled by delta(l+1)_k, again contiguous. Only the first layer, whose input x is scalar, reads columns
/// W(l)[:, j], lane by lane (one contiguous load when there is a single input).
/// </summary>
internal sealed partial class NetworkEmitter
{
    /// <summary>
    /// The file-level aliases of Vector256 and X86 Fma (see <see cref="WriteVectorAliases"/>): the vector code calls them
    /// on every line, and the full names would bury its arithmetic.
    /// </summary>
    private const string Vector = "NetGenVector256";
    private const string Fma = "NetGenFma";
    private const string NeuronVector = "global::NetGen.Runtime.NeuronVector";

    private string VectorOfT => $"global::System.Runtime.Intrinsics.Vector256<{_t}>";

    /// <summary>Declares the aliases at the top of the file, where they are visible to this file only.</summary>
    private void WriteVectorAliases()
    {
        if (!UsesNeuronVectors)
        {
            return;
        }

        _w.Line($"using {Vector} = global::System.Runtime.Intrinsics.Vector256;");
        _w.Line($"using {Fma} = global::System.Runtime.Intrinsics.X86.Fma;");
    }

    /// <summary>
    /// h(level) lives in vectors: a hidden layer (not the output, which the loss reads as scalars) of at least 3 neurons
    /// whose activation has a vector form (all but softplus, which would need a vector log); or x itself when it has
    /// <see cref="MinVectorInputs"/> or more values, since then row dot products beat gathering W(1) column by column.
    /// </summary>
    private bool IsVectorLevel(int level)
    {
        if (_plan.UsesLoops || level < 1 || level >= OutputLevel)
        {
            return false;
        }

        if (level == 1)
        {
            return _spec.InputSize >= MinVectorInputs;
        }

        LayerPlan producer = _plan.Layers[level - 2];
        return producer.Outputs >= 3 && producer.Activation != ActivationKind.Softplus;
    }

    /// <summary>
    /// From this many inputs on, x is loaded into vectors and the first layer takes row dot products: a row costs a
    /// multiply-add per chunk and a lane sum, where gathering a column of 8 neurons costs 8 loads and 7 inserts.
    /// </summary>
    private const int MinVectorInputs = 6;

    /// <summary>Some level of the network lives in vectors.</summary>
    private bool UsesNeuronVectors => Enumerable.Range(1, _plan.Layers.Count).Any(IsVectorLevel);

    /// <summary>"8 neurons a vector", or "the 3 neurons in one vector" for a layer narrower than a vector.</summary>
    private string NeuronsPerVector(int units) =>
        units >= Lanes ? $"{Lanes} neurons a vector" : $"the {units} neurons in one vector";

    private int ChunkCount(int units) => (units + Lanes - 1) / Lanes;

    /// <summary>Neurons of chunk <paramref name="chunk"/>: Lanes, or fewer in the last one.</summary>
    private int ChunkSize(int units, int chunk) => System.Math.Min(Lanes, units - (chunk * Lanes));

    private static string ZV(int level, int chunk) => $"z{level}_c{chunk}";

    private static string HV(int level, int chunk) => $"h{level}_c{chunk}";

    private static string DV(int level, int chunk) => $"d{level}_c{chunk}";

    private static string SV(int level, int chunk) => $"s{level}_c{chunk}";

    /// <summary>
    /// The vector span[offset..offset+Lanes), loaded from the element reference of the whole block (p0 for the parameters,
    /// g0 for the gradient, x0 for the input) at a constant offset. LoadUnsafe and StoreUnsafe are JIT intrinsics, so they
    /// are never left as calls when a large method exhausts the JIT's inlining budget; the offsets are in range by
    /// construction (Parameters always has ParameterCount elements, the gradient and input lengths are checked first).
    /// </summary>
    private string VectorLoad(string span, int offset)
    {
        (string reference, int start) = SpanStart(span);
        return $"{Vector}.LoadUnsafe(ref {reference}, {start + offset})";
    }

    /// <summary>Writes value to span[offset..offset+Lanes); see <see cref="VectorLoad"/>.</summary>
    private string VectorStore(string value, string span, int offset)
    {
        (string reference, int start) = SpanStart(span);
        return $"{Vector}.StoreUnsafe({value}, ref {reference}, {start + offset});";
    }

    /// <summary>
    /// a * b + c, fused where the hardware has FMA: the JIT folds IsSupported and compiles one branch. Written out, not
    /// as a call to a helper, because a large unrolled method exhausts the JIT's inlining budget and would keep the calls.
    /// </summary>
    private static string MulAdd(string a, string b, string c) =>
        $"({Fma}.IsSupported ? {Fma}.MultiplyAdd({a}, {b}, {c}) : {a} * {b} + {c})";


    /// <summary>Lane i of a vector; GetElement is a JIT intrinsic, the indexer a call that may stay one.</summary>
    private string Element(string vector, int lane) => $"{Vector}.GetElement({vector}, {lane})";

    /// <summary>Where a span of the generated code starts: x, W(l) and b(l) of the parameters, or of the gradient.</summary>
    private (string Reference, int Start) SpanStart(string span)
    {
        if (span == "input")
        {
            return ("x0", 0);
        }

        bool gradient = span.StartsWith("g", System.StringComparison.Ordinal);
        bool record = span.EndsWith("old", System.StringComparison.Ordinal);
        string name = gradient ? span.Substring(1) : record ? span.Substring(0, span.Length - 3) : span;
        LayerPlan layer = _plan.Layers[int.Parse(name.Substring(1), System.Globalization.CultureInfo.InvariantCulture) - 1];

        // The step record's old copy of layer 1 has the parameters' layout of it (see WriteStepRecordStart).
        return (gradient ? "g0" : record ? "rec0" : "p0", name[0] == 'W' ? layer.WeightOffset : layer.BiasOffset);
    }

    /// <summary>
    /// span[offset..offset+count) as a vector, zero in the lanes past count (or, with <paramref name="repeatFirst"/> and a
    /// windowed load, span[offset] there: see <see cref="WindowedLoad"/>).
    /// </summary>
    private string Contiguous(string span, int offset, int count, bool repeatFirst = false)
    {
        if (count == Lanes)
        {
            return VectorLoad(span, offset);
        }

        if (WindowedLoad(span, Enumerable.Range(offset, count).ToList(), offset, repeatFirst) is string window)
        {
            return window;
        }

        var lanes = new List<string>(Lanes);
        for (int i = 0; i < Lanes; i++)
        {
            lanes.Add(i < count ? $"{span}[{offset + i}]" : Lit(0));
        }

        return $"{Vector}.Create({string.Join(", ", lanes)})";
    }

    /// <summary>
    /// Set while writing a method that updates the parameters in place (TrainStep). Its reads of W(l) and b(l) then stay
    /// element by element: a vector load of values that the previous step wrote with scalar stores cannot take them from
    /// the store buffer and waits for the stores to retire (measured on 2-3-1: docs/performance.md, code forms).
    /// </summary>
    private bool _parametersWritten;

    /// <summary>The method being written has explained <see cref="WindowedLoad"/>'s form in a comment.</summary>
    private bool _windowNoteWritten;

    /// <summary>
    /// Set while writing the forward pass of a method that only returns outputs (Forward, Predict, Classify): the lanes
    /// past a layer's width then feed nothing but the next layer's zero weights, with no backprop reading them.
    /// </summary>
    private bool _forwardOnly;

    /// <summary>
    /// span[indices] as a vector, zero in the lanes past their count, when every index lies within one vector's width
    /// of parameters: one load of that window (from <paramref name="anchor"/> when the indices fit there, so that the
    /// columns of one chunk share a load, else from the lowest index; moved back from the end of the block if it would
    /// run past it) and a constant Shuffle, whose out-of-range index Lanes makes a lane zero. A few instructions against
    /// a load and an insert per lane. Null where that does not apply: the input, the gradient or the step record, a method
    /// that writes the parameters, fewer parameters than a vector, or indices spread wider than a vector.
    /// With <paramref name="repeatFirst"/> (for b(l) and W(l)'s columns before a sigmoid or tanh) the lanes past the
    /// indices repeat the first index instead, which drops the mask that zeroes them (an and per vector). They then hold
    /// lane 0's z and a finite h (both functions are bounded, even at z = +-infinity), which the next layer's weights,
    /// zero in those lanes, cancel. Only in <see cref="_forwardOnly"/> methods, where nothing else reads them.
    /// </summary>
    private string? WindowedLoad(string span, IReadOnlyList<int> indices, int anchor, bool repeatFirst = false)
    {
        if (_parametersWritten || span == "input" || span.StartsWith("g", System.StringComparison.Ordinal) || span.EndsWith("old", System.StringComparison.Ordinal)
            || _plan.ParameterCount < Lanes || indices.Count == 0)
        {
            return null;
        }

        int first = indices.Min();
        int last = indices.Max();
        if (last - first >= Lanes)
        {
            return null;
        }

        int start = SpanStart(span).Start;
        int from = anchor <= first && last < anchor + Lanes ? anchor : first;
        int window = System.Math.Min(start + from, _plan.ParameterCount - Lanes);
        string suffix = _spec.Precision == PrecisionKind.Single ? string.Empty : "L";
        bool repeat = repeatFirst && _forwardOnly;
        int pad = repeat ? start + indices[0] - window : Lanes;
        var lanes = new List<string>(Lanes);
        for (int i = 0; i < Lanes; i++)
        {
            lanes.Add((i < indices.Count ? start + indices[i] - window : pad).ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix);
        }

        if (!_windowNoteWritten)
        {
            // Written before the statement that the caller is building, once per method.
            string spare = repeat ? "; before a sigmoid or tanh the spare lanes repeat lane 0 instead, and the next layer's zero weights cancel them" : string.Empty;
            _w.Line($"// A vector of fewer than {Lanes} parameters: one load of the {Lanes} around them and a constant Shuffle that picks its lanes (index {Lanes} gives 0{spare})");
            _windowNoteWritten = true;
        }

        return $"{Vector}.Shuffle({Vector}.LoadUnsafe(ref p0, {window}), {Vector}.Create({string.Join(", ", lanes)}))";
    }

    /// <summary>The lanes given, zero past their count.</summary>
    private string Pack(IEnumerable<string> values)
    {
        var lanes = new List<string>(values);
        while (lanes.Count < Lanes)
        {
            lanes.Add(Lit(0));
        }

        return $"{Vector}.Create({string.Join(", ", lanes)})";
    }

    private string Broadcast(string scalar) => $"{Vector}.Create({scalar})";

    /// <summary>z(l+1) = b(l) + sum_j W(l)[:, j] h(l)_j for scalar h(l): one fused multiply-add per input and chunk.</summary>
    private void WriteColumnLayer(LayerPlan layer)
    {
        int l = layer.Number;
        string weights = _firstLayerFromRecord && l == 1 ? "W1old" : $"W{l}";
        string biases = _firstLayerFromRecord && l == 1 ? "b1old" : $"b{l}";
        bool bounded = layer.Activation is ActivationKind.Sigmoid or ActivationKind.Tanh;
        bool rowBlocks = HasRowBlocks(layer);
        if (rowBlocks)
        {
            string sums = layer.Inputs == 2 ? "SumPairs" : "SumQuads";
            _w.Line($"// z({l + 1}) = b({l}) + W({l}) h({l}): {Lanes / layer.Inputs} rows of W({l}) a vector times h({l}) repeated, each row's products summed (NeuronVector.{sums})");
            var pattern = new List<string>(Lanes);
            for (int i = 0; i < Lanes; i++)
            {
                pattern.Add(H(l, i % layer.Inputs));
            }

            _w.Line($"{VectorOfT} {RowPattern(l)} = {Vector}.Create({string.Join(", ", pattern)});");
        }
        else
        {
            _w.Line($"// z({l + 1}) = b({l}) + sum_j W({l})[:, j] h({l})_j, {NeuronsPerVector(layer.Outputs)}");
        }

        for (int c = 0; c < ChunkCount(layer.Outputs); c++)
        {
            int k0 = c * Lanes;
            int count = ChunkSize(layer.Outputs, c);
            string z = ZV(l + 1, c);
            if (rowBlocks && count == Lanes)
            {
                var products = new List<string>(layer.Inputs);
                for (int block = 0; block < layer.Inputs; block++)
                {
                    products.Add($"{VectorLoad(weights, (k0 * layer.Inputs) + (block * Lanes))} * {RowPattern(l)}");
                }

                _w.Line($"{VectorOfT} {z} = {VectorLoad(biases, k0)} + {NeuronVector}.{(layer.Inputs == 2 ? "SumPairs" : "SumQuads")}({string.Join(", ", products)});");
                continue;
            }

            _w.Line($"{VectorOfT} {z} = {Contiguous(biases, k0, count, bounded)};");
            for (int j = 0; j < layer.Inputs; j++)
            {
                string column;
                if (layer.Inputs == 1)
                {
                    column = Contiguous(weights, k0, count, bounded);
                }
                else
                {
                    var indices = new List<int>(count);
                    for (int i = 0; i < count; i++)
                    {
                        indices.Add(((k0 + i) * layer.Inputs) + j);
                    }

                    column = WindowedLoad(weights, indices, k0 * layer.Inputs, bounded) ?? Pack(indices.Select(index => $"{weights}[{index}]"));
                }

                _w.Line($"{z} = {MulAdd(column, Broadcast(H(l, j)), z)};");
            }
        }
    }

    /// <summary>
    /// A first layer of 2 inputs (or 4, in float) is read a vector of whole rows at a time, multiplied by h(l) repeated,
    /// and the products of each row summed by NeuronVector.SumPairs or SumQuads: a few shuffles instead of gathering every
    /// column lane by lane. The update writes the same blocks back. Whole chunks only; a last partial chunk gathers.
    /// </summary>
    private bool HasRowBlocks(LayerPlan layer) =>
        !IsVectorLevel(layer.Number) && IsVectorLevel(layer.Number + 1) && layer.Outputs >= Lanes
        && (layer.Inputs == 2 || (layer.Inputs == 4 && Lanes == 8));

    /// <summary>h(l) repeated across a vector: (h_0, .., h_n-1, h_0, ..), the multiplier of a block of rows of W(l).</summary>
    private static string RowPattern(int level) => $"h{level}_rows";

    /// <summary>eta times <see cref="RowPattern"/>: the multiplier of a block of rows of W(l) in TrainStep's update.</summary>
    private static string EtaRowPattern(int level) => $"eta_h{level}_rows";

    /// <summary>z(l+1)_k = W(l)[k, :] . h(l) + b(l)_k for h(l) in vectors: contiguous row chunks, then a sum of the lanes.</summary>
    private void WriteRowDotLayer(LayerPlan layer)
    {
        int l = layer.Number;
        int chunks = ChunkCount(layer.Inputs);
        _w.Line($"// z({l + 1})_k = W({l})[k, :] . h({l}) + b({l})_k, {Lanes} products a vector (b({l})_k added in lane 0), then the sum of the lanes");
        string dot = $"dot{l + 1}";
        if (chunks > 2)
        {
            _w.Line($"{VectorOfT} {dot};");
        }

        for (int k = 0; k < layer.Outputs; k++)
        {
            // b(l)_k rides in lane 0 of the first multiply-add, a step off the chain that Sum ends.
            int row = k * layer.Inputs;
            string first = MulAdd(Row(l, layer, row, 0), HV(l, 0), $"{Vector}.CreateScalar(b{l}[{k}])");
            if (chunks == 1)
            {
                // A row of at most half a vector leaves the upper half of the products zero: summing the lower half
                // alone takes two shuffles and two adds instead of three and three.
                _w.Line(layer.Inputs <= Lanes / 2
                    ? $"{_t} {Z(l + 1, k)} = global::System.Runtime.Intrinsics.Vector128.Sum({Vector}.GetLower({first}));"
                    : $"{_t} {Z(l + 1, k)} = {Vector}.Sum({first});");
                continue;
            }

            if (chunks == 2)
            {
                _w.Line($"{_t} {Z(l + 1, k)} = {Vector}.Sum({MulAdd(Row(l, layer, row, 1), HV(l, 1), first)});");
                continue;
            }

            _w.Line($"{dot} = {first};");
            for (int c = 1; c < chunks; c++)
            {
                _w.Line($"{dot} = {MulAdd(Row(l, layer, row, c), HV(l, c), dot)};");
            }

            _w.Line($"{_t} {Z(l + 1, k)} = {Vector}.Sum({dot});");
        }
    }

    /// <summary>Chunk <paramref name="chunk"/> of the row of W(l) that starts at <paramref name="row"/>.</summary>
    private string Row(int l, LayerPlan layer, int row, int chunk) =>
        Contiguous($"W{l}", row + (chunk * Lanes), ChunkSize(layer.Inputs, chunk));

    /// <summary>Packs the scalar z(l+1)_k of a row-dot layer into vectors for a vector activation.</summary>
    private void WritePackedZ(LayerPlan layer)
    {
        int level = layer.Number + 1;
        for (int c = 0; c < ChunkCount(layer.Outputs); c++)
        {
            var lanes = new List<string>(Lanes);
            for (int i = 0; i < ChunkSize(layer.Outputs, c); i++)
            {
                lanes.Add(Z(level, (c * Lanes) + i));
            }

            _w.Line($"{VectorOfT} {ZV(level, c)} = {Pack(lanes)};");
        }
    }

    /// <summary>
    /// The documented maximum absolute error of NetGen.Runtime.VectorMath's function for this activation (tanh, or
    /// sigmoid for Sigmoid and SiLU), as the generated comments quote it; VectorMathTests holds the library to it.
    /// </summary>
    private string VectorMathError(ActivationKind activation) => _spec.Precision != PrecisionKind.Single
        ? "3e-16"
        : activation == ActivationKind.Tanh ? "3.4e-7" : "2.4e-7";

    /// <summary>h(l+1) = g(z(l+1)) on the vectors of z(l+1).</summary>
    private void WriteVectorActivation(LayerPlan layer)
    {
        int level = layer.Number + 1;
        string zero = $"{VectorOfT}.Zero";
        switch (layer.Activation)
        {
            case ActivationKind.Tanh:
                _w.Line($"// h({level}) = tanh(z({level})) (NetGen.Runtime.VectorMath.Tanh, max abs error {VectorMathError(layer.Activation)})");
                break;
            case ActivationKind.Sigmoid:
            case ActivationKind.SiLU:
                _w.Line($"// h({level}) = {ActivationName(layer.Activation)}(z({level})) (NetGen.Runtime.VectorMath.Sigmoid, max abs error {VectorMathError(layer.Activation)})");
                break;
            default:
                _w.Line($"// h({level}) = {ActivationName(layer.Activation)}(z({level}))");
                break;
        }

        for (int c = 0; c < ChunkCount(layer.Outputs); c++)
        {
            string z = ZV(level, c);
            string h = $"{VectorOfT} {HV(level, c)}";
            switch (layer.Activation)
            {
                case ActivationKind.Tanh:
                    _w.Line($"{h} = global::NetGen.Runtime.VectorMath.Tanh({z});");
                    break;
                case ActivationKind.Sigmoid:
                    _w.Line($"{h} = global::NetGen.Runtime.VectorMath.Sigmoid({z});");
                    break;
                case ActivationKind.SiLU:
                    _w.Line($"{VectorOfT} {SV(level, c)} = global::NetGen.Runtime.VectorMath.Sigmoid({z});");
                    _w.Line($"{h} = {z} * {SV(level, c)};");
                    break;
                case ActivationKind.ReLU:
                    _w.Line($"{h} = {Vector}.ConditionalSelect({Vector}.GreaterThan({z}, {zero}), {z}, {zero});");
                    break;
                case ActivationKind.LeakyReLU:
                    _w.Line($"{h} = {Vector}.ConditionalSelect({Vector}.GreaterThan({z}, {zero}), {z}, {z} * {Broadcast(Lit(0.01))});");
                    break;
                default:
                    _w.Line($"{h} = {z};");
                    break;
            }
        }
    }

    /// <summary>
    /// delta(l) = W(l)^T delta(l+1) (.) g'(z(l)) for h(l) in vectors: row k of W(l) scaled by delta(l+1)_k, summed over k,
    /// then the lanes copied out as scalars for the update of the layer below.
    /// </summary>
    private void WriteVectorDeltas(LayerPlan layer, ActivationKind activation)
    {
        int l = layer.Number;
        bool fromExp = HasSoftmaxDeltaFromExp(layer);
        _w.Line($"// delta({l}) = W({l})^T delta({l + 1}) (.) g'(z({l})), {DerivativeFormula(activation)}; row k of W({l}) times delta({l + 1})_k, {NeuronsPerVector(layer.Inputs)}");
        if (fromExp)
        {
            _w.Line($"// With delta({l + 1}) = e / sum - onehot(c), e_k = e^(z_k - max): W({l})^T delta({l + 1}) = (W({l})^T e) / sum - row c of W({l}), so the rows times e_k are summed while 1 / sum is still being divided");
        }

        for (int c = 0; c < ChunkCount(layer.Inputs); c++)
        {
            string d = DV(l, c);
            string coefficient0 = fromExp ? "exp0" : D(l + 1, 0);
            _w.Line($"{VectorOfT} {d} = {Row(l, layer, 0, c)} * {Broadcast(coefficient0)};");
            for (int k = 1; k < layer.Outputs; k++)
            {
                _w.Line($"{d} = {MulAdd(Row(l, layer, k * layer.Inputs, c), Broadcast(fromExp ? $"exp{k}" : D(l + 1, k)), d)};");
            }

            if (fromExp)
            {
                (string reference, int start) = SpanStart($"W{l}");
                string labelRow = $"{Vector}.LoadUnsafe(ref {reference}, (nuint)({start + (c * Lanes)} + (label * {layer.Inputs})))";
                _w.Line($"{d} = ({Fma}.IsSupported ? {Fma}.MultiplySubtract({d}, {Broadcast("inverseSum")}, {labelRow}) : {d} * {Broadcast("inverseSum")} - {labelRow});");
            }

            WriteTimesVectorDerivative(d, activation, l, c);
            if (NeedsScalarDeltas(l))
            {
                for (int i = 0; i < ChunkSize(layer.Inputs, c); i++)
                {
                    _w.Line($"{_t} {D(l, (c * Lanes) + i)} = {Element(d, i)};");
                }
            }
        }
    }

    /// <summary>
    /// delta(L) of the last hidden layer under the unrolled softmax is formed from e^(z_k - max) and 1/sum directly, not
    /// from delta(L+1): the division by the sum then runs beside the sum of the rows instead of before it. Needs whole
    /// chunks, so that row c of W(L) is one vector load per chunk at an offset that depends on the label.
    /// </summary>
    private bool HasSoftmaxDeltaFromExp(LayerPlan layer) =>
        _spec.Loss == LossKind.SoftmaxCrossEntropy && !_plan.UsesLoops && layer.Number + 1 == OutputLevel && layer.Inputs % Lanes == 0;

    /// <summary>Multiplies the vector <paramref name="d"/> by g'(z(level)) of chunk <paramref name="chunk"/>, lane by lane.</summary>
    private void WriteTimesVectorDerivative(string d, ActivationKind activation, int level, int chunk)
    {
        string z = ZV(level, chunk);
        string h = HV(level, chunk);
        string one = $"{VectorOfT}.One";
        string zero = $"{VectorOfT}.Zero";
        switch (activation)
        {
            case ActivationKind.Sigmoid:
                _w.Line($"{d} *= {h} * ({one} - {h});");
                break;
            case ActivationKind.Tanh:
                _w.Line($"{d} *= {one} - ({h} * {h});");
                break;
            case ActivationKind.SiLU:
                _w.Line($"{d} *= {SV(level, chunk)} * ({one} + ({z} * ({one} - {SV(level, chunk)})));");
                break;
            case ActivationKind.ReLU:
                _w.Line($"{d} = {Vector}.ConditionalSelect({Vector}.GreaterThan({z}, {zero}), {d}, {zero});");
                break;
            case ActivationKind.LeakyReLU:
                _w.Line($"{d} *= {Vector}.ConditionalSelect({Vector}.GreaterThan({z}, {zero}), {one}, {Broadcast(Lit(0.01))});");
                break;
        }
    }

    /// <summary>
    /// The layer below reads delta(level)_k one k at a time (to scale a row of its W, or for its own delta), unless it
    /// has a single input and whole chunks, when its W and b are updated from the vectors of delta(level) alone.
    /// </summary>
    private bool NeedsScalarDeltas(int level)
    {
        LayerPlan below = _plan.Layers[level - 2];
        return below.Number > 1 || IsVectorLevel(below.Number) || (below.Inputs > 1 && !HasRowBlocks(below)) || below.Outputs % Lanes != 0;
    }

    /// <summary>
    /// dLoss/dW(l) = delta(l+1) h(l)^T and dLoss/db(l) = delta(l+1), added into the gradient or, fused, subtracted times
    /// eta from the parameters. With h(l) in vectors each row of W(l) is updated a chunk at a time; with delta(l+1) in
    /// vectors, b(l) is, and so is W(l) when it is a single column.
    /// </summary>
    private void WriteVectorParameterStep(LayerPlan layer, bool fusedUpdate)
    {
        int l = layer.Number;
        string w = fusedUpdate ? $"W{l}" : $"gW{l}";
        string b = fusedUpdate ? $"b{l}" : $"gb{l}";
        string op = fusedUpdate ? "-=" : "+=";
        _w.Line(fusedUpdate
            ? $"// W({l}) -= eta delta({l + 1}) h({l})^T; b({l}) -= eta delta({l + 1})"
            : $"// dLoss/dW({l}) = delta({l + 1}) h({l})^T; dLoss/db({l}) = delta({l + 1})");
        if (IsVectorLevel(l))
        {
            for (int k = 0; k < layer.Outputs; k++)
            {
                string coefficient = D(l + 1, k);
                string factor = Broadcast(coefficient);
                if (fusedUpdate)
                {
                    coefficient = $"step{l + 1}_{k}";
                    _w.Line($"{_t} {coefficient} = learningRate * {D(l + 1, k)};");
                    factor = Broadcast("-" + coefficient);
                }

                for (int c = 0; c < ChunkCount(layer.Inputs); c++)
                {
                    int offset = (k * layer.Inputs) + (c * Lanes);
                    int count = ChunkSize(layer.Inputs, c);
                    if (count == Lanes)
                    {
                        _w.Line(VectorStore(MulAdd(factor, HV(l, c), VectorLoad(w, offset)), w, offset));
                        continue;
                    }

                    for (int i = 0; i < count; i++)
                    {
                        _w.Line($"{w}[{offset + i}] {op} {coefficient} * {Element(HV(l, c), i)};");
                    }
                }

                _w.Line($"{b}[{k}] {op} {coefficient};");
            }

            return;
        }

        // h(l) is scalar (x, or a scalar layer) and delta(l+1) is in vectors.
        bool etaInMultipliers = fusedUpdate && (layer.Inputs == 1 || HasRowBlocks(layer));
        if (etaInMultipliers)
        {
            _w.Line($"// eta goes into the multipliers, W({l}) -= delta({l + 1}) (eta h({l}))^T and b({l}) -= delta({l + 1}) eta, computed before delta({l + 1}) is known: from delta({l + 1}) to each store is one multiply-add");
            if (layer.Inputs > 1)
            {
                _w.Line($"{VectorOfT} {EtaRowPattern(l)} = {Broadcast("learningRate")} * {RowPattern(l)};");
            }
        }

        for (int c = 0; c < ChunkCount(layer.Outputs); c++)
        {
            int k0 = c * Lanes;
            int count = ChunkSize(layer.Outputs, c);
            if (count < Lanes)
            {
                WriteScalarParameterRows(layer, k0, count, fusedUpdate);
                continue;
            }

            if (etaInMultipliers)
            {
                string delta = DV(l + 1, c);
                _w.Line(VectorStore(MulSubtract(delta, Broadcast("learningRate"), VectorLoad(b, k0)), b, k0));
                if (layer.Inputs == 1)
                {
                    _w.Line(VectorStore(MulSubtract(delta, Broadcast($"learningRate * {H(l, 0)}"), VectorLoad(w, k0)), w, k0));
                    continue;
                }

                for (int block = 0; block < layer.Inputs; block++)
                {
                    int offset = (k0 * layer.Inputs) + (block * Lanes);
                    _w.Line(VectorStore(MulSubtract(RowBlockLanes(delta, layer, block), EtaRowPattern(l), VectorLoad(w, offset)), w, offset));
                }

                continue;
            }

            string step = DV(l + 1, c);
            if (fusedUpdate)
            {
                step = $"step{l + 1}_c{c}";
                _w.Line($"{VectorOfT} {step} = {Broadcast("learningRate")} * {DV(l + 1, c)};");
            }

            string sign = fusedUpdate ? "-" : "+";
            _w.Line(VectorStore($"{VectorLoad(b, k0)} {sign} {step}", b, k0));
            if (layer.Inputs == 1)
            {
                _w.Line(VectorStore(MulAdd((fusedUpdate ? "-" : string.Empty) + step, Broadcast(H(l, 0)), VectorLoad(w, k0)), w, k0));
                continue;
            }

            if (HasRowBlocks(layer))
            {
                for (int block = 0; block < layer.Inputs; block++)
                {
                    int offset = (k0 * layer.Inputs) + (block * Lanes);
                    _w.Line(VectorStore(MulAdd((fusedUpdate ? "-" : string.Empty) + RowBlockLanes(step, layer, block), RowPattern(l), VectorLoad(w, offset)), w, offset));
                }

                continue;
            }

            for (int k = k0; k < k0 + count; k++)
            {
                string coefficient = D(l + 1, k);
                if (fusedUpdate)
                {
                    coefficient = $"step{l + 1}_{k}";
                    _w.Line($"{_t} {coefficient} = {Element(step, k - k0)};");
                }

                for (int j = 0; j < layer.Inputs; j++)
                {
                    _w.Line($"{w}[{(k * layer.Inputs) + j}] {op} {coefficient} * {H(l, j)};");
                }
            }
        }
    }

    /// <summary>
    /// A vector of one value per neuron (a chunk of <paramref name="layer"/>'s outputs) spread over row block
    /// <paramref name="block"/> of its W: the block holds rows block * rowsPerBlock .., and each lane takes its row's value.
    /// </summary>
    private string RowBlockLanes(string perNeuron, LayerPlan layer, int block)
    {
        int rowsPerBlock = Lanes / layer.Inputs;
        var lanes = new List<string>(Lanes);
        for (int i = 0; i < Lanes; i++)
        {
            lanes.Add(((block * rowsPerBlock) + (i / layer.Inputs)).ToString(System.Globalization.CultureInfo.InvariantCulture) + (Lanes == 8 ? string.Empty : "L"));
        }

        return $"{Vector}.Shuffle({perNeuron}, {Vector}.Create({string.Join(", ", lanes)}))";
    }

    /// <summary>The scalar update (or gradient) of rows k0..k0+count of W(l) and b(l), h(l) scalar.</summary>
    private void WriteScalarParameterRows(LayerPlan layer, int k0, int count, bool fusedUpdate)
    {
        int l = layer.Number;
        for (int k = k0; k < k0 + count; k++)
        {
            if (fusedUpdate)
            {
                string step = $"step{l + 1}_{k}";
                _w.Line($"{_t} {step} = learningRate * {D(l + 1, k)};");
                for (int j = 0; j < layer.Inputs; j++)
                {
                    _w.Line($"W{l}[{(k * layer.Inputs) + j}] -= {step} * {H(l, j)};");
                }

                _w.Line($"b{l}[{k}] -= {step};");
                continue;
            }

            for (int j = 0; j < layer.Inputs; j++)
            {
                _w.Line($"gW{l}[{(k * layer.Inputs) + j}] += {D(l + 1, k)} * {H(l, j)};");
            }

            _w.Line($"gb{l}[{k}] += {D(l + 1, k)};");
        }
    }
}
