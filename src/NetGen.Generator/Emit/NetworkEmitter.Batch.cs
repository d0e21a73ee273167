using NetGen.Generator.Model;
using NetGen.Generator.Parsing;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit;

/// <summary>
/// The batch forward pass: rows are taken 128 bytes' worth of samples at a time (32 floats or 16 doubles: two 512-bit
/// vectors), transposed so that each lane holds one sample, and pushed through NetGen.Runtime.LaneKernels, where each
/// weight is broadcast once and multiplied into both vectors of the block with fused multiply-adds, eight rows of W per
/// pass. The last rows run as one block padded with zero samples when there are half a block of them or more, else
/// through Forward.
/// </summary>
internal sealed partial class NetworkEmitter
{
    private const string LaneKernels = "global::NetGen.Runtime.LaneKernels";

    private const string LaneActivations = "global::NetGen.Runtime.LaneActivations";

    /// <summary>Samples in a lane block, LaneKernels.BlockSize: 128 bytes, 32 floats or 16 doubles.</summary>
    private int BatchLanes => _plan.BatchLanes;

    private void WriteForwardBatch()
    {
        if (!_plan.BatchUsesLanes)
        {
            WriteRowByRowForwardBatch();
            return;
        }

        _w.Line("/// <summary>");
        _w.Line("/// Computes <see cref=\"Forward\"/> for every row of <paramref name=\"inputs\"/> (n rows of <see cref=\"InputSize\"/>, row-major) into");
        _w.Line($"/// <paramref name=\"outputs\"/> (n rows of <see cref=\"OutputSize\"/>). Runs {BatchLanes} samples at once, one per SIMD lane, with fused");
        _w.Line("/// multiply-adds, so results can differ from Forward in the last bits. " + ThreadSafeRemark + " Allocates nothing.");
        _w.Line("/// </summary>");
        _w.Line("/// <param name=\"inputs\">n x InputSize values, row-major.</param>");
        _w.Line("/// <param name=\"outputs\">Receives n x OutputSize values, row-major.</param>");
        _w.Line("/// <exception cref=\"global::System.ArgumentException\">The inputs are not whole rows, or the outputs do not have n rows.</exception>");
        WriteMethodImpl(_plan.EntryMethods);
        using (_w.Block($"public void ForwardBatch({ReadOnlySpan}<{_t}> inputs, {Span}<{_t}> outputs)"))
        {
            _w.Line($"int rows = {Guard}.Rows(inputs.Length, InputSize, nameof(inputs));");
            _w.Line($"{Guard}.Length(outputs.Length, rows * OutputSize, nameof(outputs));");
            _w.Line($"const int lanes = {BatchLanes};");
            _w.Line($"{ReadOnlySpan}<{_t}> p = {GeneratedMemberNames.ParameterField}.Span;");
            _w.Line("// One buffer per layer value, lane-major: element [j * lanes + s] is neuron j of sample s in the block.");
            _w.Line($"{Span}<{_t}> x1 = stackalloc {_t}[InputSize * lanes];");
            foreach (LayerPlan layer in _plan.Layers)
            {
                int level = layer.Number + 1;
                _w.Line($"{Span}<{_t}> z{level} = stackalloc {_t}[{layer.Outputs} * lanes];");
                _w.Line(layer.Activation == ActivationKind.Identity
                    ? $"{Span}<{_t}> x{level} = z{level};"
                    : $"{Span}<{_t}> x{level} = stackalloc {_t}[{layer.Outputs} * lanes];");
            }

            _w.Line("int row = 0;");
            using (_w.Block("for (; row + lanes <= rows; row += lanes)"))
            {
                WriteLaneBlock("lanes");
            }

            _w.Line($"// The last rows: a block padded with zero samples from {BatchTailRows} rows on (cheaper than that many Forward calls), else Forward.");
            using (_w.Block($"if (rows - row >= {BatchTailRows})"))
            {
                _w.Line("int tail = rows - row;");
                WriteLaneBlock("tail");
                _w.Line("row = rows;");
            }

            using (_w.Block("for (; row < rows; row++)"))
            {
                _w.Line("Forward(inputs.Slice(row * InputSize, InputSize), outputs.Slice(row * OutputSize, OutputSize));");
            }
        }
    }

    /// <summary>
    /// Half a block: 16 floats or 8 doubles. One call's padded block (with its fixed costs) matched about 14 single-sample
    /// Forward calls on 16-64-64-1 and about 7 on the smallest nets, so fewer rows than this go through Forward.
    /// </summary>
    private int BatchTailRows => BatchLanes / 2;

    /// <summary>One lane block of <paramref name="count"/> rows (a C# expression) from <c>row</c> on: transpose, layers, transpose back.</summary>
    private void WriteLaneBlock(string count)
    {
        _w.Line($"{LaneKernels}.ToLanes(inputs.Slice(row * InputSize, {count} * InputSize), InputSize, x1);");
        foreach (LayerPlan layer in _plan.Layers)
        {
            int l = layer.Number;
            _w.Line($"// z({l + 1}) = W({l}) h({l}) + b({l}) for every sample of the block; h({l + 1}) = {ActivationName(layer.Activation)}(z({l + 1}))");
            _w.Line($"{LaneKernels}.Affine(p.Slice({layer.WeightOffset}, {layer.WeightCount}), p.Slice({layer.BiasOffset}, {layer.Outputs}), x{l}, z{l + 1});");
            if (layer.Activation != ActivationKind.Identity)
            {
                _w.Line($"{LaneActivations}.Activate(global::NetGen.Activation.{layer.Activation}, z{l + 1}, x{l + 1});");
            }
        }

        _w.Line($"{LaneKernels}.FromLanes(x{OutputLevel}, OutputSize, outputs.Slice(row * OutputSize, {count} * OutputSize));");
    }

    /// <summary>ForwardBatch for nets whose lane buffers would not fit the stack budget: Forward for each row.</summary>
    private void WriteRowByRowForwardBatch()
    {
        _w.Line("/// <summary>");
        _w.Line("/// Computes <see cref=\"Forward\"/> for every row of <paramref name=\"inputs\"/> (n rows of <see cref=\"InputSize\"/>, row-major) into");
        _w.Line($"/// <paramref name=\"outputs\"/> (n rows of <see cref=\"OutputSize\"/>), one row at a time: blocks of {BatchLanes} samples would need");
        _w.Line($"/// {_plan.BatchStackBytes / 1024} KiB of stack, over NetGen's {NetworkPlan.MaxStackBytes / 1024} KiB budget. " + ThreadSafeRemark + " Allocates nothing.");
        _w.Line("/// </summary>");
        _w.Line("/// <param name=\"inputs\">n x InputSize values, row-major.</param>");
        _w.Line("/// <param name=\"outputs\">Receives n x OutputSize values, row-major.</param>");
        _w.Line("/// <exception cref=\"global::System.ArgumentException\">The inputs are not whole rows, or the outputs do not have n rows.</exception>");
        WriteMethodImpl(_plan.EntryMethods);
        using (_w.Block($"public void ForwardBatch({ReadOnlySpan}<{_t}> inputs, {Span}<{_t}> outputs)"))
        {
            _w.Line($"int rows = {Guard}.Rows(inputs.Length, InputSize, nameof(inputs));");
            _w.Line($"{Guard}.Length(outputs.Length, rows * OutputSize, nameof(outputs));");
            using (_w.Block("for (int row = 0; row < rows; row++)"))
            {
                _w.Line("Forward(inputs.Slice(row * InputSize, InputSize), outputs.Slice(row * OutputSize, OutputSize));");
            }
        }
    }
}
