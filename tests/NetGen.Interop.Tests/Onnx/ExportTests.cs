using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using NetGen.Interop.Tests.Networks;
using NetGen.Interop.Tests.Support;
using NetGen.Onnx;
using Onnx;
using Xunit.Abstractions;

namespace NetGen.Interop.Tests.Onnx;

/// <summary>Exported models run in ONNX Runtime and agree with Forward; their graphs have the documented shape.</summary>
public sealed class ExportTests(ITestOutputHelper output)
{
    private const double FloatTolerance = 1e-5;
    private const double DoubleTolerance = 1e-12;

    [Theory]
    [MemberData(nameof(ActivationNetworks.All), MemberType = typeof(ActivationNetworks))]
    public void A_float_network_exported_to_onnx_gives_the_outputs_of_Forward_in_onnx_runtime(Activation activation)
    {
        INetwork<float> network = ActivationNetworks.Float(activation);
        Parameters.Randomize(network, seed: 40 + (int)activation);
        float[][] inputs = OnnxRuntimeRunner.RandomRows(seed: 50, count: 64, width: network.InputSize);

        float[][] runtime = OnnxRuntimeRunner.Run(ExportBytes(network), inputs);

        double difference = OnnxRuntimeRunner.MaxAbsDifference(OnnxRuntimeRunner.Forward(network, inputs), runtime);
        output.WriteLine($"{activation} (float): max |Forward - ONNX Runtime| = {difference:E2} over 64 x {network.OutputSize} outputs");
        Assert.InRange(difference, 0, FloatTolerance);
    }

    [Theory]
    [InlineData(Activation.Identity)]
    [InlineData(Activation.Sigmoid)]
    [InlineData(Activation.Tanh)]
    [InlineData(Activation.ReLU)]
    [InlineData(Activation.SiLU)]
    public void A_double_network_exported_to_onnx_gives_the_outputs_of_Forward_in_onnx_runtime(Activation activation)
    {
        INetwork<double> network = ActivationNetworks.Double(activation);
        Parameters.Randomize(network, seed: 60 + (int)activation);
        double[][] inputs = OnnxRuntimeRunner.RandomRowsDouble(seed: 70, count: 64, width: network.InputSize);

        double[][] runtime = OnnxRuntimeRunner.Run(ExportBytes(network), inputs);

        double difference = OnnxRuntimeRunner.MaxAbsDifference(OnnxRuntimeRunner.Forward(network, inputs), runtime);
        output.WriteLine($"{activation} (double): max |Forward - ONNX Runtime| = {difference:E2}");
        Assert.InRange(difference, 0, DoubleTolerance);
    }

    [Fact]
    public void A_deep_classifier_exports_its_raw_scores_and_agrees_with_Forward()
    {
        var network = new DeepClassifier();
        Parameters.Randomize(network, seed: 80);
        float[][] inputs = OnnxRuntimeRunner.RandomRows(seed: 81, count: 64, width: DeepClassifier.InputSize);

        float[][] runtime = OnnxRuntimeRunner.Run(ExportBytes(network), inputs);

        double difference = OnnxRuntimeRunner.MaxAbsDifference(OnnxRuntimeRunner.Forward(network, inputs), runtime);
        output.WriteLine($"DeepClassifier 5 -> 8 Tanh -> 7 SiLU -> 6 LeakyReLU -> 4: max diff {difference:E2}");
        Assert.InRange(difference, 0, FloatTolerance);
        Assert.Contains(runtime.SelectMany(r => r), v => v < 0 || v > 1);
    }

    [Fact]
    public void One_exported_session_accepts_any_batch_size()
    {
        var network = new TanhNet();
        Parameters.Randomize(network, seed: 90);
        using InferenceSession session = OnnxRuntimeRunner.Open(ExportBytes(network));

        foreach (int batch in new[] { 1, 2, 17, 200 })
        {
            float[][] inputs = OnnxRuntimeRunner.RandomRows(seed: batch, count: batch, width: TanhNet.InputSize);
            float[][] runtime = OnnxRuntimeRunner.Run(session, inputs);
            Assert.InRange(OnnxRuntimeRunner.MaxAbsDifference(OnnxRuntimeRunner.Forward(network, inputs), runtime), 0, FloatTolerance);
        }
    }

    [Fact]
    public void The_graph_has_named_batch_inputs_and_outputs_the_current_opset_and_one_gemm_per_layer()
    {
        var network = new DeepClassifier();
        Parameters.Randomize(network, seed: 91);

        ModelProto model = network.ToOnnxModel();

        Assert.Equal(11, model.IrVersion);
        Assert.Equal(23, model.OpsetImport.Single(o => o.Domain == "").Version);
        ValueInfoProto input = model.Graph.Input.Single();
        Assert.Equal("input", input.Name);
        Assert.Equal((int)TensorProto.Types.DataType.Float, input.Type.TensorType.ElemType);
        Assert.Equal("batch", input.Type.TensorType.Shape.Dim[0].DimParam);
        Assert.Equal(5, input.Type.TensorType.Shape.Dim[1].DimValue);
        ValueInfoProto result = model.Graph.Output.Single();
        Assert.Equal("output", result.Name);
        Assert.Equal("batch", result.Type.TensorType.Shape.Dim[0].DimParam);
        Assert.Equal(4, result.Type.TensorType.Shape.Dim[1].DimValue);
        Assert.Equal(
            ["Gemm", "Tanh", "Gemm", "Sigmoid", "Mul", "Gemm", "LeakyRelu", "Gemm"],
            model.Graph.Node.Select(n => n.OpType));
        Assert.All(model.Graph.Node.Where(n => n.OpType == "Gemm"), gemm => Assert.Equal(1, gemm.Attribute.Single(a => a.Name == "transB").I));
        Assert.Equal(0.01f, model.Graph.Node.Single(n => n.OpType == "LeakyRelu").Attribute.Single(a => a.Name == "alpha").F);
        Assert.Equal(new long[] { 8, 5 }, model.Graph.Initializer.Single(t => t.Name == "layer1.weight").Dims);
        Assert.Equal(new long[] { 4 }, model.Graph.Initializer.Single(t => t.Name == "layer4.bias").Dims);
        Assert.Equal("output", model.Graph.Node.Last().Output.Single());
    }

    [Fact]
    public void Custom_input_and_output_names_are_what_onnx_runtime_sees()
    {
        var network = new SigmoidNet();
        Parameters.Randomize(network, seed: 92);
        var options = new OnnxExportOptions { InputName = "features", OutputName = "scores", BatchDimensionName = "n", GraphName = "custom" };

        using InferenceSession session = OnnxRuntimeRunner.Open(network.ToOnnxModel(options).ToByteArray());

        Assert.Equal(["features"], session.InputMetadata.Keys);
        Assert.Equal(["scores"], session.OutputMetadata.Keys);
        Assert.Equal([-1, 4], session.InputMetadata["features"].Dimensions);
    }

    [Fact]
    public void Names_that_collide_are_refused_before_anything_is_written()
    {
        var network = new SigmoidNet();

        Assert.Throws<ArgumentException>(() => network.ToOnnxModel(new OnnxExportOptions { InputName = "x", OutputName = "x" }));
        Assert.Throws<ArgumentException>(() => network.ToOnnxModel(new OnnxExportOptions { InputName = "layer1.z" }));
        Assert.Throws<ArgumentException>(() => network.ToOnnxModel(new OnnxExportOptions { OutputName = "" }));
    }

    [Fact]
    public void Exporting_to_a_path_writes_a_file_onnx_runtime_opens()
    {
        using var folder = new TemporaryFolder();
        string path = folder.File("model.onnx");
        var network = new SiluNet();
        Parameters.Randomize(network, seed: 93);

        network.ExportOnnx(path);

        using var session = new InferenceSession(path);
        float[][] inputs = OnnxRuntimeRunner.RandomRows(seed: 94, count: 8, width: SiluNet.InputSize);
        Assert.InRange(OnnxRuntimeRunner.MaxAbsDifference(OnnxRuntimeRunner.Forward(network, inputs), OnnxRuntimeRunner.Run(session, inputs)), 0, FloatTolerance);
        Assert.Equal(["model.onnx"], folder.FileNames());
    }

    [Theory]
    [MemberData(nameof(ActivationNetworks.All), MemberType = typeof(ActivationNetworks))]
    public void Exporting_then_importing_gives_back_every_parameter_bit_for_bit(Activation activation)
    {
        INetwork<float> single = ActivationNetworks.Float(activation);
        Parameters.Randomize(single, seed: 100);
        INetwork<double> twin = ActivationNetworks.Double(activation);
        Parameters.Randomize(twin, seed: 101);
        INetwork<float> singleCopy = ActivationNetworks.Float(activation);
        INetwork<double> twinCopy = ActivationNetworks.Double(activation);

        singleCopy.ImportOnnx(new MemoryStream(ExportBytes(single)));
        twinCopy.ImportOnnx(new MemoryStream(ExportBytes(twin)));

        Parameters.AssertBitwiseEqual(single.Parameters, singleCopy.Parameters);
        Parameters.AssertBitwiseEqual(twin.Parameters, twinCopy.Parameters);
    }

    private static byte[] ExportBytes<T>(INetwork<T> network)
        where T : unmanaged
    {
        using var stream = new MemoryStream();
        network.ExportOnnx(stream);
        return stream.ToArray();
    }
}
