using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit;

/// <summary>
/// The probabilities of a classifier (<see cref="NetworkPlan.Probabilities"/>): softmax(z) over the scores of a softmax
/// cross-entropy net, sigmoid(z) = P(y = +1) for a logistic one, for one sample (the read-only forward block, then
/// NetGen.Runtime.OutputProbability) and for rows (ForwardBatch into the caller's span, then the same in place).
/// </summary>
internal sealed partial class NetworkEmitter
{
    private const string OutputProbability = "global::NetGen.Runtime.OutputProbability";

    private void WriteProbabilityMembers()
    {
        switch (_plan.Probabilities)
        {
            case ProbabilityForm.Softmax:
                _w.Line();
                WriteSoftmaxProbabilities();
                _w.Line();
                WriteSoftmaxProbabilitiesBatch();
                break;
            case ProbabilityForm.Sigmoid:
                _w.Line();
                WriteSigmoidProbability();
                _w.Line();
                WriteSigmoidProbabilityBatch();
                break;
        }
    }

    private void WriteSoftmaxProbabilities()
    {
        _w.Line("/// <summary>");
        _w.Line("/// The class probabilities softmax(z)_k = e^(z_k - max z) / sum_j e^(z_j - max z) of the scores z = h(L+1) for one input x:");
        _w.Line("/// each in [0, 1], summing to 1 within rounding, without overflow for scores of any size (the largest score is subtracted");
        _w.Line("/// first); the largest is at <see cref=\"Classify\"/>'s class. " + ThreadSafeRemark + " Allocates nothing.");
        _w.Line("/// </summary>");
        _w.Line($"/// <param name=\"input\">x, of length <see cref=\"InputSize\"/>.</param>");
        _w.Line($"/// <param name=\"output\">Receives the probability of each class, of length <see cref=\"OutputSize\"/>.</param>");
        _w.Line("/// <exception cref=\"global::System.ArgumentException\">A span does not have the documented length.</exception>");
        WriteMethodImpl(_plan.EntryMethods);
        using (_w.Block($"public void Probabilities({ReadOnlySpan}<{_t}> input, {Span}<{_t}> output)"))
        {
            _w.Line($"{Guard}.Length(input.Length, InputSize, nameof(input));");
            _w.Line($"{Guard}.Length(output.Length, OutputSize, nameof(output));");
            if (_plan.UsesLoops)
            {
                // The loop form's forward block as the loss reads it: z(L+1) in its buffer, without a local per output.
                WriteForwardBlock(writable: false, forLoss: true);
                _w.Line($"z{OutputLevel}.CopyTo(output);");
            }
            else
            {
                WriteForwardBlock(writable: false);
                for (int k = 0; k < _plan.Output.Outputs; k++)
                {
                    _w.Line($"output[{k}] = {Z(OutputLevel, k)};");
                }
            }

            _w.Line("// softmax(z), in place, with max z subtracted");
            _w.Line($"{OutputProbability}.Softmax(output);");
        }
    }

    private void WriteSoftmaxProbabilitiesBatch()
    {
        _w.Line("/// <summary>");
        _w.Line("/// Computes <see cref=\"Probabilities\"/> for every row of <paramref name=\"inputs\"/> (n rows of <see cref=\"InputSize\"/>, row-major) into");
        _w.Line("/// <paramref name=\"outputs\"/> (n rows of <see cref=\"OutputSize\"/>): the scores of <see cref=\"ForwardBatch\"/>, whose results can differ");
        _w.Line("/// from Forward in the last bits, then softmax of each row. " + ThreadSafeRemark + " Allocates nothing.");
        _w.Line("/// </summary>");
        _w.Line("/// <param name=\"inputs\">n x InputSize values, row-major.</param>");
        _w.Line("/// <param name=\"outputs\">Receives n x OutputSize probabilities, row-major.</param>");
        _w.Line("/// <exception cref=\"global::System.ArgumentException\">The inputs are not whole rows, or the outputs do not have n rows.</exception>");
        WriteMethodImpl(_plan.EntryMethods);
        using (_w.Block($"public void ProbabilitiesBatch({ReadOnlySpan}<{_t}> inputs, {Span}<{_t}> outputs)"))
        {
            _w.Line($"int rows = {Guard}.Rows(inputs.Length, InputSize, nameof(inputs));");
            _w.Line($"{Guard}.Length(outputs.Length, rows * OutputSize, nameof(outputs));");
            _w.Line("ForwardBatch(inputs, outputs);");
            _w.Line($"{OutputProbability}.SoftmaxRows(outputs, OutputSize);");
        }
    }

    private void WriteSigmoidProbability()
    {
        _w.Line("/// <summary>");
        _w.Line("/// The probability P(y = +1) = sigmoid(z) = 1 / (1 + e^-z) of the logistic loss for one input x, z the score of");
        _w.Line("/// <see cref=\"Predict\"/>: computed from e^-|z|, so it never overflows, is exactly 1 or 0 for large |z| and keeps its");
        _w.Line("/// relative accuracy where it is tiny. P(y = -1) is 1 minus it. " + ThreadSafeRemark + " Allocates nothing.");
        _w.Line("/// </summary>");
        _w.Line($"/// <param name=\"input\">x, of length <see cref=\"InputSize\"/>.</param>");
        _w.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"input\"/> does not have length <see cref=\"InputSize\"/>.</exception>");
        WriteMethodImpl(_plan.EntryMethods);
        using (_w.Block($"public {_t} Probability({ReadOnlySpan}<{_t}> input)"))
        {
            _w.Line($"{Guard}.Length(input.Length, InputSize, nameof(input));");
            WriteForwardBlock(writable: false);
            _w.Line($"return {OutputProbability}.Sigmoid({Z(OutputLevel, 0)});");
        }
    }

    private void WriteSigmoidProbabilityBatch()
    {
        _w.Line("/// <summary>");
        _w.Line("/// Computes <see cref=\"Probability\"/> for every row of <paramref name=\"inputs\"/> (n rows of <see cref=\"InputSize\"/>, row-major) into");
        _w.Line("/// <paramref name=\"probabilities\"/>, one value per row: the scores of <see cref=\"ForwardBatch\"/>, whose results can differ from");
        _w.Line("/// Forward in the last bits, then sigmoid of each. " + ThreadSafeRemark + " Allocates nothing.");
        _w.Line("/// </summary>");
        _w.Line("/// <param name=\"inputs\">n x InputSize values, row-major.</param>");
        _w.Line("/// <param name=\"probabilities\">Receives P(y = +1) of each row, n values.</param>");
        _w.Line("/// <exception cref=\"global::System.ArgumentException\">The inputs are not whole rows, or the probabilities do not have n values.</exception>");
        WriteMethodImpl(_plan.EntryMethods);
        using (_w.Block($"public void ProbabilityBatch({ReadOnlySpan}<{_t}> inputs, {Span}<{_t}> probabilities)"))
        {
            _w.Line($"int rows = {Guard}.Rows(inputs.Length, InputSize, nameof(inputs));");
            _w.Line($"{Guard}.Length(probabilities.Length, rows, nameof(probabilities));");
            _w.Line("ForwardBatch(inputs, probabilities);");
            _w.Line($"{OutputProbability}.SigmoidAll(probabilities);");
        }
    }
}
