using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using NetGen.Runtime;
using NetGen.Training.Checkpoints;

namespace NetGen.Training;

/// <summary>
/// One run of <c>Fit</c>: the buffers allocated at the start, and the epoch loop. Data and options have been checked by
/// the caller. Spans cannot be fields, so the data is passed down as arguments. A resumed run starts from a checkpoint's
/// state (validated by the caller) instead of epoch 1, and every piece of state a checkpoint saves is a field here.
/// </summary>
internal sealed class Trainer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly INetwork<T> _network;

    /// <summary>The generated network's own SGD loop, or null for a hand-written INetwork, which gets the same loop through the interface.</summary>
    private readonly ISgdSequence<T>? _sequence;
    private readonly FitOptions _options;
    private readonly LearningRateSchedule _schedule;
    private readonly CancellationToken _cancellation;
    private readonly int _inputSize;
    private readonly int _targetSize;
    private readonly int _rows;
    private readonly int _validationRows;
    private readonly Loss _loss;

    /// <summary>True for the lecture's SGD (B = 1, plain updates): each sample is one fused TrainStep.</summary>
    private readonly bool _fused;

    private readonly int[] _order;

    /// <summary>
    /// Two copies of the parameters: <c>_snapshots[_restorePoint]</c> holds them at the start of the current epoch (finite,
    /// restored on divergence); the other receives them at its end, once checked finite, and becomes the restore point.
    /// </summary>
    private readonly T[][] _snapshots;

    private int _restorePoint;

    /// <summary>The parameters of the epoch with the lowest validation loss, when early stopping is on.</summary>
    private readonly T[]? _best;

    /// <summary>The mini-batch gradient, then the update direction (unfused path only).</summary>
    private readonly T[]? _gradient;
    private readonly OptimizerState<T>? _optimizer;

    /// <summary>[start, end) of every W(l) in the parameters, for weight decay (biases are not decayed).</summary>
    private readonly (int Start, int Length)[] _weightRanges;
    private readonly T _weightDecay;

    /// <summary>Forward's outputs, for the validation accuracy.</summary>
    private readonly T[] _output;
    private readonly TrainingHistory _history;

    /// <summary>k: the updates made so far over the run.</summary>
    private long _updates;
    private double _lastRate;

    private ShuffleSequence _shuffle;
    private int _bestEpoch;
    private double _bestValidationLoss = double.PositiveInfinity;

    /// <summary>1, or the epoch after a resumed checkpoint's.</summary>
    private readonly int _firstEpoch = 1;

    /// <summary>The checkpoint's parameters, installed when <see cref="Run"/> starts; null for a fresh run.</summary>
    private readonly T[]? _resumeParameters;

    private readonly RunSettings _settings;

    public Trainer(
        INetwork<T> network,
        FitOptions options,
        int rows,
        int validationRows,
        (T[] Parameters, TrainingCheckpoint<T> Checkpoint)? resume,
        CancellationToken cancellation)
    {
        _network = network;
        _sequence = network as ISgdSequence<T>;
        _options = options;
        _schedule = options.LearningRate;
        _cancellation = cancellation;
        _inputSize = network.InputSize;
        _targetSize = network.TargetSize;
        _rows = rows;
        _validationRows = validationRows;
        _loss = network.LossFunction;
        int parameterCount = network.ParameterCount;
        _fused = options.BatchSize == 1 && options.Optimizer.IsPlainSgd && options.WeightDecay == 0 && options.MaxGradientNorm is null;

        _order = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            _order[i] = i;
        }

        _snapshots = [new T[parameterCount], new T[parameterCount]];
        _best = options.Patience is null ? null : new T[parameterCount];
        if (!_fused)
        {
            _gradient = new T[parameterCount];
            _optimizer = resume is { Checkpoint: { } saved }
                ? saved.RestoreOptimizerState(options.Optimizer, parameterCount)
                : options.Optimizer.CreateState<T>(parameterCount);
        }

        var layers = network.Topology.Layers;
        _weightRanges = new (int, int)[layers.Count];
        for (int l = 0; l < layers.Count; l++)
        {
            _weightRanges[l] = (layers[l].WeightOffset, layers[l].BiasOffset - layers[l].WeightOffset);
        }

        _weightDecay = T.CreateTruncating(options.WeightDecay);
        _output = new T[network.OutputSize];
        _settings = RunSettings.From(options, rows, validationRows);
        _shuffle = new ShuffleSequence(options.Seed);
        if (resume is ({ } resumeParameters, { } checkpoint))
        {
            _resumeParameters = resumeParameters;
            _firstEpoch = checkpoint.Epoch + 1;
            _updates = checkpoint.Updates;
            _shuffle = ShuffleSequence.FromState(checkpoint.ShuffleState);
            checkpoint.Order.CopyTo(_order, 0);
            _bestEpoch = checkpoint.BestEpoch;
            _bestValidationLoss = checkpoint.BestValidationLoss;
            checkpoint.BestParameters?.CopyTo(_best!, 0);
        }

        _history = new TrainingHistory(
            options.Epochs - _firstEpoch + 1,
            _firstEpoch,
            options.Epochs,
            trainingLoss: options.EvaluateTrainingLoss,
            validationLoss: validationRows > 0,
            validationAccuracy: validationRows > 0 && _loss != Loss.SquaredError);
    }

    public TrainingHistory Run(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, ReadOnlySpan<T> validationInputs, ReadOnlySpan<T> validationTargets)
    {
        Span<T> parameters = _network.Parameters;
        _resumeParameters?.CopyTo(parameters);
        if (!FiniteSnapshot.CopyIfFinite(parameters, _snapshots[_restorePoint]))
        {
            throw new InvalidOperationException("The network's parameters hold NaN or infinity before training; call InitializeParameters first.");
        }

        // The epoch loop runs once per pass over the data, which on a 4-row data set is every 4 samples: what it does
        // besides training is kept small (options read once, the two snapshots alternate by index, not by swapping
        // references, which would cost two GC write barriers an epoch).
        int epochs = _options.Epochs;
        bool shuffle = _options.Shuffle;
        bool evaluateTrainingLoss = _options.EvaluateTrainingLoss;
        int? patienceOption = _options.Patience;
        CheckpointOptions? checkpoint = _options.Checkpoint;
        IProgress<EpochReport>? progress = _options.Progress;
        for (int epoch = _firstEpoch; epoch <= epochs; epoch++)
        {
            if (shuffle)
            {
                _shuffle.Shuffle(_order);
            }

            double lossSum;
            try
            {
                lossSum = _fused ? RunFusedEpoch(inputs, targets) : RunBatchedEpoch(inputs, targets, epoch);
            }
            catch (ArithmeticException e) when (e is not TrainingDivergedException)
            {
                // The generated TrainStep throws this on a non-finite loss, before it changes anything.
                throw Diverged(epoch, e.Message, e);
            }

            // One pass both checks the parameters and keeps them as the next epoch's restore point.
            if (!FiniteSnapshot.CopyIfFinite(parameters, _snapshots[_restorePoint ^ 1]))
            {
                throw Diverged(epoch, "a parameter became NaN or infinite", null);
            }

            double? trainingLoss = null;
            if (evaluateTrainingLoss)
            {
                double objective = Metrics.MeanLoss(_network, inputs, targets, _rows);
                if (!double.IsFinite(objective))
                {
                    throw Diverged(epoch, Text($"J(theta) on the training data is {objective}"), null);
                }

                trainingLoss = objective;
            }

            double? validationLoss = null;
            double? validationAccuracy = null;
            if (_validationRows > 0)
            {
                validationLoss = Metrics.MeanLoss(_network, validationInputs, validationTargets, _validationRows);
                if (_loss != Loss.SquaredError)
                {
                    validationAccuracy = Metrics.Accuracy(_network, validationInputs, validationTargets, _validationRows, _output);
                }

                if (validationLoss < _bestValidationLoss)
                {
                    _bestValidationLoss = validationLoss.Value;
                    _bestEpoch = epoch;
                    if (_best is not null)
                    {
                        parameters.CopyTo(_best);
                    }
                }
            }

            double runningLoss = lossSum / _rows;
            _history.Add(_lastRate, runningLoss, trainingLoss, validationLoss, validationAccuracy);
            bool stopsEarly = patienceOption is int patience && epoch - _bestEpoch >= patience && epoch < epochs;
            if (checkpoint is not null && (epoch % checkpoint.EveryEpochs == 0 || epoch == epochs || stopsEarly))
            {
                _history.Updates = _updates;
                SaveCheckpoint(checkpoint.Path, epoch);
            }

            progress?.Report(new EpochReport(epoch, epochs, _lastRate, runningLoss, trainingLoss, validationLoss, validationAccuracy));
            if (stopsEarly)
            {
                _history.StoppedEarly = true;
                break;
            }

            _restorePoint ^= 1;
        }

        _history.Updates = _updates;
        if (_validationRows > 0 && _bestEpoch > 0)
        {
            _history.BestEpoch = _bestEpoch;
        }

        if (_best is not null && _bestEpoch > 0)
        {
            _best.CopyTo(parameters);
        }

        return _history;
    }

    /// <summary>
    /// Saves the state at the end of <paramref name="epoch"/> (before early stopping restores the best parameters): the
    /// live buffers are written as they are, so a resumed run continues from exactly here.
    /// </summary>
    private void SaveCheckpoint(string path, int epoch)
    {
        OptimizerState<T>? state = _optimizer;
        double[] scalars = new double[state?.ScalarCount ?? 0];
        state?.ExportScalars(scalars);
        Optimizer optimizer = _options.Optimizer;
        var checkpoint = new TrainingCheckpoint<T>
        {
            OptimizerKind = optimizer.Kind,
            Hyperparameters = optimizer.Hyperparameters,
            OptimizerScalars = scalars,
            OptimizerVectors = state?.Vectors ?? [],
            Epoch = epoch,
            Updates = _updates,
            ShuffleState = _shuffle.State,
            Order = _order,
            BestEpoch = _bestEpoch,
            BestValidationLoss = _bestValidationLoss,
            BestParameters = _best,
            Settings = _settings,
        };
        CheckpointFile.Save<T>(path, _network.Topology, _network.Parameters, checkpoint);
    }

    /// <summary>
    /// The lecture's loop: one fused forward, backprop and update per sample, in the network's generated
    /// <see cref="ISgdSequence{T}.TrainSequence"/> (direct calls of its typed TrainStep, one interface call per epoch);
    /// a network without it gets the same loop through <see cref="INetwork{T}.TrainStep"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double RunFusedEpoch(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets)
    {
        long first = _updates;
        double lossSum = _sequence is not null
            ? _sequence.TrainSequence(inputs, targets, _order, _schedule, ref _updates, _cancellation)
            : SgdSequence.Run(_network, inputs, targets, _order, _schedule, ref _updates, _cancellation);
        if (_updates > first)
        {
            _lastRate = _schedule.Rate(_updates - 1);
        }

        return lossSum;
    }

    /// <summary>Mini-batches: the mean gradient, clipped, decayed, then the optimizer's update.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double RunBatchedEpoch(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, int epoch)
    {
        INetwork<T> network = _network;
        Span<T> parameters = network.Parameters;
        Span<T> gradient = _gradient;
        int[] order = _order;
        int inputSize = _inputSize;
        int targetSize = _targetSize;
        int batchSize = _options.BatchSize;
        double lossSum = 0;
        for (int start = 0; start < order.Length; start += batchSize)
        {
            _cancellation.ThrowIfCancellationRequested();
            T eta = NextRate();
            int end = Math.Min(start + batchSize, order.Length);
            gradient.Clear();
            double batchLoss = 0;
            for (int i = start; i < end; i++)
            {
                int row = order[i];
                T loss = network.AccumulateGradient(inputs.Slice(row * inputSize, inputSize), targets.Slice(row * targetSize, targetSize), gradient);
                batchLoss += double.CreateTruncating(loss);
            }

            if (!double.IsFinite(batchLoss))
            {
                throw Diverged(epoch, Text($"the loss of the mini-batch is {batchLoss}"), null);
            }

            lossSum += batchLoss;
            PrepareDirection(gradient, parameters, end - start, epoch);
            _optimizer!.Update(parameters, gradient, eta);
            _updates++;
        }

        return lossSum;
    }

    /// <summary>Turns the summed gradient of a batch into the optimizer's input: mean, clip, then + lambda W.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PrepareDirection(Span<T> gradient, ReadOnlySpan<T> parameters, int batchCount, int epoch)
    {
        if (batchCount > 1)
        {
            T scale = T.One / T.CreateTruncating(batchCount);
            for (int i = 0; i < gradient.Length; i++)
            {
                gradient[i] *= scale;
            }
        }

        if (_options.MaxGradientNorm is double maxNorm)
        {
            double squares = 0;
            for (int i = 0; i < gradient.Length; i++)
            {
                double g = double.CreateTruncating(gradient[i]);
                squares += g * g;
            }

            double norm = Math.Sqrt(squares);
            if (!double.IsFinite(norm))
            {
                throw Diverged(epoch, Text($"the gradient norm is {norm}"), null);
            }

            if (norm > maxNorm)
            {
                T scale = T.CreateTruncating(maxNorm / norm);
                for (int i = 0; i < gradient.Length; i++)
                {
                    gradient[i] *= scale;
                }
            }
        }

        if (_weightDecay != T.Zero)
        {
            // grad (lambda/2 ||W||^2) = lambda W, on the weights only.
            T lambda = _weightDecay;
            foreach ((int start, int length) in _weightRanges)
            {
                Span<T> g = gradient.Slice(start, length);
                ReadOnlySpan<T> w = parameters.Slice(start, length);
                for (int i = 0; i < g.Length; i++)
                {
                    g[i] += lambda * w[i];
                }
            }
        }
    }

    /// <summary>eta_k for the next update, checked: the generated TrainStep would reject it anyway, but less clearly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private T NextRate()
    {
        double rate = _schedule.Rate(_updates);
        T eta = T.CreateTruncating(rate);
        if (!(eta > T.Zero) || !T.IsFinite(eta))
        {
            ThrowBadRate(rate);
        }

        _lastRate = rate;
        return eta;
    }

    private void ThrowBadRate(double rate) =>
        throw new InvalidOperationException(
            Text($"The learning-rate schedule ({_schedule}) gave eta_k = {rate} at update k = {_updates}, which is not a positive, finite {typeof(T).Name}; training stopped before that update."));

    private TrainingDivergedException Diverged(int epoch, string what, Exception? inner)
    {
        _snapshots[_restorePoint].CopyTo(_network.Parameters);
        return new TrainingDivergedException(
            Text($"Training diverged in epoch {epoch} (update k = {_updates}): {what}. The parameters were restored to their values at the start of epoch {epoch}, the last ones known to be finite. Lower the learning rate, or set FitOptions.MaxGradientNorm."),
            epoch,
            _updates,
            inner);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
