using NetGen.Generator.Model;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit;

/// <summary>
/// The fused SGD step of a net with one output and one hidden layer in vectors over a scalar input (2-16-1): with a single
/// output, delta(2) = delta(3)_0 (W(2)^T (.) g'(z(2))), so the steps of layer 1 are delta(3)_0 times factors that need only
/// the forward pass and the old W(2). Consecutive steps form a latency chain (step k+1 reads the W(1) that step k wrote);
/// computing the factors while z(3) is still being summed leaves a broadcast and one multiply-add per vector of W(1) and
/// b(1) between delta(3)_0 and the stores, where the plain form waits for a product, the derivative, eta and a shuffle.
/// </summary>
internal sealed partial class NetworkEmitter
{
    /// <summary>
    /// The fused step takes the factored form: two layers, one output, h(2) in vectors, and a first layer updated from the
    /// vectors of delta(2) alone (whole chunks; one input, or row blocks of 2 or 4).
    /// </summary>
    private bool HasFactoredStep =>
        !_plan.UsesLoops && _plan.Layers.Count == 2 && _plan.Output.Outputs == 1 && IsVectorLevel(2) && !NeedsScalarDeltas(2);

    private static string FactorV(int level, int chunk) => $"f{level}_c{chunk}";

    private static string RowFactorV(int level, int chunk, int block) => $"fW{level}_c{chunk}_{block}";

    /// <summary>
    /// f(2) = eta W(2)^T (.) g'(z(2)), the step of b(1) per unit of delta(3)_0, and f(2) h(1)^T, that of W(1), in the
    /// vectors W(1) is stored in. Written before layer 2's update, which changes W(2).
    /// </summary>
    private void WriteStepFactors(LayerPlan output, ActivationKind activation)
    {
        LayerPlan first = _plan.Layers[0];
        _w.Line($"// delta(2) = W(2)^T delta(3) (.) g'(z(2)) = delta(3)_0 (W(2)^T (.) g'(z(2))) with one output, {DerivativeFormula(activation)}.");
        _w.Line("// So the steps of layer 1 are delta(3)_0 times factors of the forward pass and the old W(2), computed while z(3) is");
        _w.Line("// still being summed: once delta(3)_0 is known, each vector of W(1) and b(1) waits for one multiply-add.");
        _w.Line($"// f(2) = eta W(2)^T (.) g'(z(2)), the step of b(1) per unit of delta(3)_0, {Lanes} neurons a vector");
        for (int c = 0; c < ChunkCount(output.Inputs); c++)
        {
            string f = FactorV(2, c);
            _w.Line($"{VectorOfT} {f} = {Broadcast("learningRate")} * {Row(2, output, 0, c)};");
            WriteTimesVectorDerivative(f, activation, 2, c);
        }

        if (first.Inputs == 1)
        {
            _w.Line("// f(2) h(1)^T, the step of W(1) per unit of delta(3)_0: W(1) is one column");
            for (int c = 0; c < ChunkCount(first.Outputs); c++)
            {
                _w.Line($"{VectorOfT} {RowFactorV(1, c, 0)} = {FactorV(2, c)} * {Broadcast(H(1, 0))};");
            }

            return;
        }

        _w.Line($"// f(2) h(1)^T, the step of W(1) per unit of delta(3)_0, in W(1)'s blocks of {Lanes / first.Inputs} rows: each lane its row's f(2) times h(1)_j");
        for (int c = 0; c < ChunkCount(first.Outputs); c++)
        {
            for (int block = 0; block < first.Inputs; block++)
            {
                _w.Line($"{VectorOfT} {RowFactorV(1, c, block)} = {RowBlockLanes(FactorV(2, c), first, block)} * {RowPattern(1)};");
            }
        }
    }

    /// <summary>W(1) -= delta(3)_0 f(2) h(1)^T and b(1) -= delta(3)_0 f(2): one multiply-add a vector.</summary>
    private void WriteFactoredFirstLayerStep(LayerPlan first)
    {
        string delta = $"{D(3, 0)}_lanes";
        _w.Line("// W(1) -= eta delta(2) h(1)^T = delta(3)_0 f(2) h(1)^T; b(1) -= eta delta(2) = delta(3)_0 f(2)");
        _w.Line($"{VectorOfT} {delta} = {Broadcast(D(3, 0))};");
        for (int c = 0; c < ChunkCount(first.Outputs); c++)
        {
            int k0 = c * Lanes;
            _w.Line(VectorStore(MulSubtract(delta, FactorV(2, c), VectorLoad("b1", k0)), "b1", k0));
            int blocks = first.Inputs == 1 ? 1 : first.Inputs;
            for (int block = 0; block < blocks; block++)
            {
                int offset = (k0 * first.Inputs) + (block * Lanes);
                _w.Line(VectorStore(MulSubtract(delta, RowFactorV(1, c, block), VectorLoad("W1", offset)), "W1", offset));
            }
        }
    }

    /// <summary>c - a * b, fused where the hardware has FMA (vfnmadd); see <see cref="MulAdd"/>.</summary>
    private static string MulSubtract(string a, string b, string c) =>
        $"({Fma}.IsSupported ? {Fma}.MultiplyAddNegated({a}, {b}, {c}) : {c} - {a} * {b})";
}
