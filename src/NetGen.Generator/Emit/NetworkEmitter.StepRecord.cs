using NetGen.Generator.Parsing;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit;

/// <summary>
/// TrainStep's step record (NetGen.Runtime.StepRecord), for two-layer nets with layer 1 in the column form: z(2) comes
/// from the weights before the previous step's update plus that update's rank-one change, so that the chain between two
/// steps (step k+1 reads the W(1) step k wrote) holds one multiply-add of layer 1 instead of a reload of W(1), the
/// products, the row sums and the bias. Measured in docs/benchmarks.md.
/// </summary>
internal sealed partial class NetworkEmitter
{
    /// <summary>Set while TrainStep's forward pass reads layer 1 from the record (W1old, b1old) instead of the parameters.</summary>
    private bool _firstLayerFromRecord;

    /// <summary>
    /// TrainStep keeps a step record: two unrolled layers, layer 1 in the column form (x scalar, z(2) in vectors) and
    /// narrower than a vector (2-3-1, 3-4-1 in float), whose weights are read one by one. With one output (the factored
    /// step) the record holds f(2) and delta(3)_0, whose product is the change; with more it holds the change eta
    /// delta(2) itself. Not for wider layers, read in whole vectors of rows (2-16-1, 4-16-3): there the record measured
    /// slower in BenchmarkDotNet, and bimodal in a plain timing loop (slow where the stack sits at certain offsets relative
    /// to the step's last stores, which then hold the step back as if there were no record; docs/benchmarks/raw/step-record).
    /// </summary>
    private bool HasStepRecord =>
        !_plan.UsesLoops && _plan.Layers.Count == 2 && IsVectorLevel(2) && !IsVectorLevel(1) && _plan.Layers[0].Outputs < Lanes;

    /// <summary>W(1) and b(1): the parameters of layer 1, at the start of the parameters.</summary>
    private int FirstLayerCount => _plan.Layers[0].WeightCount + _plan.Layers[0].Outputs;

    /// <summary>The expected copy of layer 1, after the old one, on a vector boundary.</summary>
    private int RecordExpected => ChunkCount(FirstLayerCount) * Lanes;

    /// <summary>f(2) (factored) or eta delta(2), one vector per chunk of layer 1's neurons, after the expected copy.</summary>
    private int RecordChange => 2 * RecordExpected;

    /// <summary>h(1), after f(2).</summary>
    private int RecordInput => RecordChange + (ChunkCount(_plan.Layers[0].Outputs) * Lanes);

    /// <summary>
    /// delta(3)_0 in every lane of a vector, at the end of a factored step's record: stored and reloaded as a whole vector,
    /// which the store buffer forwards, where a broadcast load of a scalar store measured slower.
    /// </summary>
    private int RecordDelta => ChunkCount(RecordInput + _spec.InputSize) * Lanes;

    private int RecordLength => HasFactoredStep ? RecordDelta + Lanes : RecordInput + _spec.InputSize;

    /// <summary>The change of b(1) in the record, for the comments: f(2) times delta(3)_0, or eta delta(2).</summary>
    private string RecordedChange => HasFactoredStep ? "delta(3)_0 f(2)" : "eta delta(2)";

    private void WriteStepRecordField()
    {
        _w.Line();
        _w.Line("// TrainStep's record of layer 1 (NetGen.Runtime.StepRecord): the W(1), b(1) before its last update and after it,");
        _w.Line($"// and that update's {(HasFactoredStep ? "f(2), h(1) and delta(3)_0" : "eta delta(2) and h(1)")}, so that the next step computes z(2) without waiting for the update's stores.");
        _w.Line($"private readonly global::NetGen.Runtime.AlignedParameters<{_t}> {GeneratedMemberNames.StepRecordField} = new global::NetGen.Runtime.AlignedParameters<{_t}>({RecordLength});");
    }

    /// <summary>
    /// Declares the record and layer 1's old weights in it, after checking that the parameters still hold what the last
    /// step left (else the record restarts from them).
    /// </summary>
    private void WriteStepRecordStart()
    {
        LayerPlan first = _plan.Layers[0];
        _w.Line($"// rec: TrainStep's record of layer 1 (NetGen.Runtime.StepRecord). z(2) = W(1) x + b(1) is computed from the W(1), b(1) before");
        _w.Line($"// the last step's update and that update's change: W(1) x + b(1) = (W1old x + b1old) - {RecordedChange} (h(1) . x + 1), with the");
        _w.Line($"// previous step's {RecordedChange} and h(1). Only the last multiply-add waits for the previous step's {(HasFactoredStep ? "delta(3)_0" : "delta(2)")}.");
        _w.Line($"// The record is used only while the parameters hold, bit for bit, what the last step left in them (its copy at {RecordExpected});");
        _w.Line($"// after any other write it restarts from the parameters with a zero change.");
        _w.Line($"ref {_t} rec0 = ref {GeneratedMemberNames.StepRecordField}.Start;");
        _w.Line($"if (!{StepRecordType}.SameBits(ref p0, ref global::System.Runtime.CompilerServices.Unsafe.Add(ref rec0, {RecordExpected}), {FirstLayerCount})) {StepRecordType}.Restart(ref p0, ref rec0, {FirstLayerCount}, {RecordChange}, {RecordLength});");
        _w.Line($"{Span}<{_t}> rec = global::System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref rec0, {RecordLength});");
        _w.Line($"{Span}<{_t}> W1old = rec.Slice(0, {first.WeightCount});");
        _w.Line($"{Span}<{_t}> b1old = rec.Slice({first.BiasOffset}, {first.Outputs});");
    }

    /// <summary>z(2) -= delta(3)_0 f(2) (h(1) . x + 1) of the previous step, from the record.</summary>
    private void WriteRecordedChange()
    {
        LayerPlan first = _plan.Layers[0];
        _w.Line($"// The previous step's change of W(1) and b(1): z(2) -= {RecordedChange} (h(1) . x + 1), from the record");
        var terms = new System.Collections.Generic.List<string>(_spec.InputSize + 1);
        for (int j = 0; j < _spec.InputSize; j++)
        {
            terms.Add($"rec[{RecordInput + j}] * {H(1, j)}");
        }

        terms.Add(Lit(1));
        WriteSum($"{_t} recU = ", terms, ";");
        if (HasFactoredStep)
        {
            _w.Line($"{VectorOfT} recD3 = {Vector}.LoadUnsafe(ref rec0, {RecordDelta});");
        }

        for (int c = 0; c < ChunkCount(first.Outputs); c++)
        {
            string z = ZV(2, c);
            string change = $"{Vector}.LoadUnsafe(ref rec0, {RecordChange + (c * Lanes)})";
            _w.Line(HasFactoredStep
                ? $"{z} = {MulSubtract("recD3", $"{change} * {Broadcast("recU")}", z)};"
                : $"{z} = {MulSubtract(change, Broadcast("recU"), z)};");
        }
    }

    /// <summary>The old copy: layer 1 as this step found it, once the loss is known to be finite (nothing is written before).</summary>
    private void WriteRecordOld()
    {
        _w.Line($"// The record's old copy: W(1), b(1) as this step found them (the next step adds this step's change to them)");
        _w.Line($"{StepRecordType}.Copy(ref p0, ref rec0, {FirstLayerCount});");
    }

    /// <summary>The expected copy, f(2), h(1) and delta(3)_0 of this step's update.</summary>
    private void WriteRecordEnd()
    {
        LayerPlan first = _plan.Layers[0];
        _w.Line($"// The record of this update: W(1), b(1) as it left them (checked by the next step), {(HasFactoredStep ? "f(2), h(1) and delta(3)_0" : "eta delta(2) and h(1)")}");
        _w.Line($"{StepRecordType}.Copy(ref p0, ref global::System.Runtime.CompilerServices.Unsafe.Add(ref rec0, {RecordExpected}), {FirstLayerCount});");
        for (int c = 0; c < ChunkCount(first.Outputs); c++)
        {
            string change = HasFactoredStep ? FactorV(c) : $"{Broadcast("learningRate")} * {DV(2, c)}";
            _w.Line($"{Vector}.StoreUnsafe({change}, ref rec0, {RecordChange + (c * Lanes)});");
        }

        for (int j = 0; j < _spec.InputSize; j++)
        {
            _w.Line($"rec[{RecordInput + j}] = {H(1, j)};");
        }

        if (HasFactoredStep)
        {
            _w.Line($"{Vector}.StoreUnsafe({Broadcast(D(3, 0))}, ref rec0, {RecordDelta});");
        }
    }

    private static string StepRecordType => "global::NetGen.Runtime.StepRecord";
}
