using NetGen.Generator.Model;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit;

/// <summary>
/// The fused SGD step of a net with one output and one hidden layer in vectors over a scalar input (2-16-1, 2-3-1): with
/// a single output, delta(2) = delta(3)_0 (W(2)^T (.) g'(z(2))), so the steps of layer 1 are delta(3)_0 times factors that
/// need only the forward pass and the old W(2). Consecutive steps form a latency chain (step k+1 reads the W(1) that step
/// k wrote); computing the factors while z(3) is still being summed leaves one multiply-add per weight (or per vector of
/// them) between delta(3)_0 and the stores, where the plain form waits for a product, the derivative, eta and the
/// spreading of delta(2) over W(1).
/// </summary>
internal sealed partial class NetworkEmitter
{
    /// <summary>The fused step takes the factored form: two layers, one output, h(2) in vectors, x scalar.</summary>
    private bool HasFactoredStep =>
        !_plan.UsesLoops && _plan.Layers.Count == 2 && _plan.Output.Outputs == 1 && IsVectorLevel(2) && !IsVectorLevel(1);

    /// <summary>
    /// Chunk <paramref name="chunk"/> of layer 1 is updated a vector at a time: a whole chunk of a single column, or of row
    /// blocks. Other chunks are updated weight by weight.
    /// </summary>
    private bool HasVectorFactors(LayerPlan first, int chunk) =>
        ChunkSize(first.Outputs, chunk) == Lanes && (first.Inputs == 1 || HasRowBlocks(first));

    private static string FactorV(int chunk) => $"f2_c{chunk}";

    private static string RowFactorV(int chunk, int block) => $"fW1_c{chunk}_{block}";

    private static string Factor(int k) => $"f2_{k}";

    private static string WeightFactor(int index) => $"fW1_{index}";

    /// <summary>
    /// f(2) = eta W(2)^T (.) g'(z(2)), the step of b(1) per unit of delta(3)_0, and f(2) h(1)^T, that of W(1), in the
    /// vectors W(1) is stored in or as scalars. Written before layer 2's update, which changes W(2).
    /// </summary>
    private void WriteStepFactors(LayerPlan output, ActivationKind activation)
    {
        LayerPlan first = _plan.Layers[0];
        _w.Line($"// delta(2) = W(2)^T delta(3) (.) g'(z(2)) = delta(3)_0 (W(2)^T (.) g'(z(2))) with one output, {DerivativeFormula(activation)}.");
        _w.Line("// So the steps of layer 1 are delta(3)_0 times factors of the forward pass and the old W(2), computed while z(3) is");
        _w.Line("// still being summed: once delta(3)_0 is known, each weight of layer 1 (or vector of them) waits for one multiply-add.");
        _w.Line($"// f(2) = eta W(2)^T (.) g'(z(2)), the step of b(1) per unit of delta(3)_0, {NeuronsPerVector(output.Inputs)}");
        for (int c = 0; c < ChunkCount(output.Inputs); c++)
        {
            string f = FactorV(c);
            _w.Line($"{VectorOfT} {f} = {Broadcast("learningRate")} * {Row(2, output, 0, c)};");
            WriteTimesVectorDerivative(f, activation, 2, c);
        }

        bool vectorComment = false;
        for (int c = 0; c < ChunkCount(first.Outputs); c++)
        {
            if (HasVectorFactors(first, c) && !vectorComment)
            {
                _w.Line(first.Inputs == 1
                    ? "// f(2) h(1)^T, the step of W(1) per unit of delta(3)_0 (W(1) is one column)"
                    : $"// f(2) h(1)^T, the step of W(1) per unit of delta(3)_0, in W(1)'s blocks of {Lanes / first.Inputs} rows: each lane its row's f(2) times h(1)_j");
                vectorComment = true;
            }

            if (!HasVectorFactors(first, c))
            {
                _w.Line($"// f(2) h(1)^T, the step of W(1) per unit of delta(3)_0, weight by weight for neurons {c * Lanes}..{(c * Lanes) + ChunkSize(first.Outputs, c) - 1}");
                for (int i = 0; i < ChunkSize(first.Outputs, c); i++)
                {
                    int k = (c * Lanes) + i;
                    _w.Line($"{_t} {Factor(k)} = {Element(FactorV(c), i)};");
                    for (int j = 0; j < first.Inputs; j++)
                    {
                        int index = (k * first.Inputs) + j;
                        _w.Line($"{_t} {WeightFactor(index)} = {Factor(k)} * {H(1, j)};");
                    }
                }
            }
            else if (first.Inputs == 1)
            {
                _w.Line($"{VectorOfT} {RowFactorV(c, 0)} = {FactorV(c)} * {Broadcast(H(1, 0))};");
            }
            else
            {
                for (int block = 0; block < first.Inputs; block++)
                {
                    _w.Line($"{VectorOfT} {RowFactorV(c, block)} = {RowBlockLanes(FactorV(c), first, block)} * {RowPattern(1)};");
                }
            }
        }
    }

    /// <summary>W(1) -= delta(3)_0 f(2) h(1)^T and b(1) -= delta(3)_0 f(2): one multiply-add a vector or a weight.</summary>
    private void WriteFactoredFirstLayerStep(LayerPlan first)
    {
        string delta = D(3, 0);
        string lanes = $"{delta}_lanes";
        _w.Line("// W(1) -= eta delta(2) h(1)^T = delta(3)_0 f(2) h(1)^T; b(1) -= eta delta(2) = delta(3)_0 f(2)");
        bool broadcast = false;
        for (int c = 0; c < ChunkCount(first.Outputs); c++)
        {
            int k0 = c * Lanes;
            if (!HasVectorFactors(first, c))
            {
                for (int k = k0; k < k0 + ChunkSize(first.Outputs, c); k++)
                {
                    for (int j = 0; j < first.Inputs; j++)
                    {
                        int index = (k * first.Inputs) + j;
                        _w.Line($"W1[{index}] = {ScalarMulSubtract(delta, WeightFactor(index), $"W1[{index}]")};");
                    }

                    _w.Line($"b1[{k}] = {ScalarMulSubtract(delta, Factor(k), $"b1[{k}]")};");
                }

                continue;
            }

            if (!broadcast)
            {
                _w.Line($"{VectorOfT} {lanes} = {Broadcast(delta)};");
                broadcast = true;
            }

            _w.Line(VectorStore(MulSubtract(lanes, FactorV(c), VectorLoad("b1", k0)), "b1", k0));
            for (int block = 0; block < first.Inputs; block++)
            {
                int offset = (k0 * first.Inputs) + (block * Lanes);
                _w.Line(VectorStore(MulSubtract(lanes, RowFactorV(c, block), VectorLoad("W1", offset)), "W1", offset));
            }
        }
    }

    /// <summary>c - a * b, fused where the hardware has FMA (vfnmadd); see <see cref="MulAdd"/>.</summary>
    private static string MulSubtract(string a, string b, string c) =>
        $"({Fma}.IsSupported ? {Fma}.MultiplyAddNegated({a}, {b}, {c}) : {c} - {a} * {b})";

    /// <summary>
    /// c - a * b for scalars, fused where the hardware has FMA. b is a factor computed early, so its negation is off the
    /// chain that a (delta) ends.
    /// </summary>
    private string ScalarMulSubtract(string a, string b, string c) =>
        $"({Fma}.IsSupported ? {_math}.FusedMultiplyAdd({a}, -{b}, {c}) : {c} - {a} * {b})";
}
