using Microsoft.ML.OnnxRuntime;
using NetGen;

namespace NetGen.Benchmarks.Baselines;

/// <summary>
/// ONNX Runtime on the CPU with its input and output bound once (IOBinding) to managed arrays it reads and writes in
/// place: a call to <see cref="Run"/> is inference only, with no tensor creation, copying or marshalling of results.
/// </summary>
public sealed class OnnxRunner : IDisposable
{
    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions;
    private readonly OrtValue _inputValue;
    private readonly OrtValue _outputValue;
    private readonly OrtIoBinding _binding;
    private readonly float[] _input;
    private readonly float[] _output;

    /// <summary>Builds the ONNX graph of <paramref name="topology"/> with <paramref name="parameters"/> and opens a session for it.</summary>
    /// <param name="batchSize">The fixed first dimension of the input and output.</param>
    /// <param name="intraOpThreads">1 compares one core with one core, as NetGen and the hand-written MLP run.</param>
    public OnnxRunner(NetworkTopology topology, ReadOnlySpan<float> parameters, int batchSize, int intraOpThreads = 1)
    {
        BatchSize = batchSize;
        using (var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = intraOpThreads,
            InterOpNumThreads = 1,
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        })
        {
            _session = new InferenceSession(OnnxModelBuilder.Build(topology, parameters, batchSize), options);
        }

        _runOptions = new RunOptions();
        _input = new float[batchSize * topology.InputSize];
        _output = new float[batchSize * topology.OutputSize];
        // Both OrtValues pin their arrays for their lifetime, so the runtime reads _input and writes _output directly.
        _inputValue = OrtValue.CreateTensorValueFromMemory(_input, [batchSize, topology.InputSize]);
        _outputValue = OrtValue.CreateTensorValueFromMemory(_output, [batchSize, topology.OutputSize]);
        _binding = _session.CreateIoBinding();
        _binding.BindInput(OnnxModelBuilder.InputName, _inputValue);
        _binding.BindOutput(OnnxModelBuilder.OutputName, _outputValue);
    }

    public int BatchSize { get; }

    /// <summary>The bound input, [batch x inputs] row-major: write the samples here before <see cref="Run"/>.</summary>
    public Span<float> Input => _input;

    /// <summary>The bound output, [batch x outputs] row-major, filled by <see cref="Run"/>.</summary>
    public ReadOnlySpan<float> Output => _output;

    /// <summary>Runs the graph on the bound input into the bound output.</summary>
    public void Run() => _session.RunWithBinding(_runOptions, _binding);

    public void Dispose()
    {
        _binding.Dispose();
        _inputValue.Dispose();
        _outputValue.Dispose();
        _runOptions.Dispose();
        _session.Dispose();
    }
}
