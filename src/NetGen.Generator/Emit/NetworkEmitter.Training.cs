using NetGen.Generator.Model;

namespace NetGen.Generator.Emit;

/// <summary>The epoch loop of plain SGD, so that Fit's per-sample calls are direct calls of the typed TrainStep.</summary>
internal sealed partial class NetworkEmitter
{
    private void WriteTrainSequence()
    {
        string face = $"global::NetGen.Runtime.ISgdSequence<{_t}>";
        string rate = _t == "float" ? "SingleRate" : "DoubleRate";
        string target = _spec.Loss switch
        {
            LossKind.SquaredError => "targets.Slice(row * OutputSize, OutputSize)",
            LossKind.SoftmaxCrossEntropy => $"{Guard}.ClassIndex(targets[row], OutputSize, nameof(targets))",
            _ => "targets[row]",
        };
        string targetLength = _spec.Loss == LossKind.SquaredError ? "rows * OutputSize" : "rows";
        _w.Line("/// <summary>");
        _w.Line("/// The lecture's SGD over rows: one <see cref=\"TrainStep\"/> per row order[i], with eta_k = schedule.Rate(k) for");
        if (_plan.InlinesHotMethods)
        {
            _w.Line("/// k = updates, updates + 1, ...; TrainStep is inlined here, as in a hand-written loop of TrainStep calls. Fit");
            _w.Line("/// runs each epoch of batch size 1 through it.");
        }
        else
        {
            _w.Line("/// k = updates, updates + 1, ...; direct calls, so the loop costs what a hand-written one does. Fit runs each");
            _w.Line("/// epoch of batch size 1 through it.");
        }

        _w.Line("/// </summary>");
        WriteMethodImpl(_plan.EntryMethods);
        using (_w.Block($"double {face}.TrainSequence({ReadOnlySpan}<{_t}> inputs, {ReadOnlySpan}<{_t}> targets, {ReadOnlySpan}<int> order, global::NetGen.Training.LearningRateSchedule schedule, ref long updates, global::System.Threading.CancellationToken cancellationToken)"))
        {
            _w.Line("global::System.ArgumentNullException.ThrowIfNull(schedule);");
            _w.Line($"int rows = {Guard}.Rows(inputs.Length, InputSize, nameof(inputs));");
            _w.Line($"{Guard}.Length(targets.Length, {targetLength}, nameof(targets));");
            _w.Line("double lossSum = 0;");
            using (_w.Block("for (int i = 0; i < order.Length; i++)"))
            {
                _w.Line("cancellationToken.ThrowIfCancellationRequested();");
                _w.Line("int row = global::NetGen.Runtime.SgdSequence.Row(order[i], rows, nameof(order));");
                _w.Line($"{_t} eta = global::NetGen.Runtime.SgdSequence.{rate}(schedule, updates);");
                _w.Line($"lossSum += TrainStep(inputs.Slice(row * InputSize, InputSize), {target}, eta);");
                _w.Line("updates++;");
            }

            _w.Line();
            _w.Line("return lossSum;");
        }
    }
}
