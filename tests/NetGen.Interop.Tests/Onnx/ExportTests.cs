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
    [InlineData(Activation.LeakyReLU)]
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
    public void The_graph_has_named_batch_inputs_and_outputs_the_oldest_opset_and_one_gemm_per_layer()
    {
        var network = new DeepClassifier();
        Parameters.Randomize(network, seed: 91);

        ModelProto model = network.ToOnnxModel();

        Assert.Equal(4, model.IrVersion);
        Assert.Equal(9, model.OpsetImport.Single().Version);
        Assert.Equal("", model.OpsetImport.Single().Domain);
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
    public void A_double_leaky_relu_is_exported_as_max_of_z_and_z_times_a_double_slope_of_exactly_0_01()
    {
        var network = new LeakyReluNetDouble();
        Parameters.Randomize(network, seed: 95);

        ModelProto model = network.ToOnnxModel();

        Assert.Equal(["Gemm", "Mul", "Max", "Gemm", "Mul", "Max"], model.Graph.Node.Select(n => n.OpType));
        Assert.DoesNotContain(model.Graph.Node, n => n.OpType == "LeakyRelu");
        TensorProto alpha = model.Graph.Initializer.Single(t => t.Name == "layer1.alpha");
        Assert.Equal((int)TensorProto.Types.DataType.Double, alpha.DataType);
        Assert.Empty(alpha.Dims);
        Assert.Equal(0.01, BitConverter.ToDouble(alpha.RawData.ToByteArray()));
        NodeProto mul = model.Graph.Node.Single(n => n.Name == "layer1.mul");
        Assert.Equal(["layer1.z", "layer1.alpha"], mul.Input);
        Assert.Equal(["layer1.z", "layer1.scaled"], model.Graph.Node.Single(n => n.Name == "layer1.max").Input);
        Assert.Equal("output", model.Graph.Node.Last().Output.Single());
    }

    [Fact]
    public void A_double_leaky_relu_net_in_onnx_runtime_rounds_exactly_as_Forward_on_both_sides_of_the_kink()
    {
        // Weights of 0 and +-1, so that z is exact in any summation order and the graph's only possible difference from
        // Forward is the slope: layer 1 gives z_k = +-x_(k mod 4), layer 2 passes h_m on (m < 3), so the output is
        // leaky(leaky(+-x_m)). A float alpha (0.00999999977648258) would differ in the last bits of every negative output.
        var network = new LeakyReluNetDouble();
        Span<double> p = network.Parameters;
        p.Clear();
        LayerTopology first = LeakyReluNetDouble.Topology.Layers[0];
        LayerTopology second = LeakyReluNetDouble.Topology.Layers[1];
        for (int k = 0; k < first.Units; k++)
        {
            p[first.WeightOffset + (k * first.Inputs) + (k % 4)] = k % 2 == 0 ? 1 : -1;
        }

        for (int m = 0; m < second.Units; m++)
        {
            p[second.WeightOffset + (m * second.Inputs) + m] = 1;
        }

        double[][] inputs = OnnxRuntimeRunner.RandomRowsDouble(seed: 96, count: 64, width: 4);

        double[][] runtime = OnnxRuntimeRunner.Run(network.ToOnnxModel().ToByteArray(), inputs);

        double[][] forward = OnnxRuntimeRunner.Forward(network, inputs);
        Assert.Equal(0, OnnxRuntimeRunner.MaxAbsDifference(forward, runtime));
        Assert.Contains(forward.SelectMany(r => r), v => v < 0);
    }

    [Theory]
    [InlineData(9, 4)]
    [InlineData(10, 5)]
    [InlineData(11, 6)]
    [InlineData(12, 7)]
    [InlineData(13, 7)]
    [InlineData(14, 7)]
    [InlineData(15, 8)]
    [InlineData(16, 8)]
    [InlineData(17, 8)]
    [InlineData(18, 8)]
    [InlineData(19, 9)]
    [InlineData(20, 9)]
    [InlineData(21, 10)]
    [InlineData(22, 10)]
    [InlineData(23, 11)]
    public void Each_opset_the_user_chooses_comes_with_its_ir_version_and_runs_in_onnx_runtime(int opset, long irVersion)
    {
        var network = new DeepClassifier();
        Parameters.Randomize(network, seed: 97);
        float[][] inputs = OnnxRuntimeRunner.RandomRows(seed: 98, count: 16, width: DeepClassifier.InputSize);

        ModelProto model = network.ToOnnxModel(new OnnxExportOptions { OpsetVersion = opset });

        Assert.Equal(irVersion, model.IrVersion);
        Assert.Equal(opset, model.OpsetImport.Single(o => o.Domain == "").Version);
        float[][] runtime = OnnxRuntimeRunner.Run(model.ToByteArray(), inputs);
        Assert.InRange(OnnxRuntimeRunner.MaxAbsDifference(OnnxRuntimeRunner.Forward(network, inputs), runtime), 0, FloatTolerance);
    }

    [Theory]
    [InlineData(0, "NetGen exports, 9 to 23")]
    [InlineData(8, "IR version 3")]
    [InlineData(24, "describes opsets up to 23")]
    public void An_opset_outside_9_to_23_is_refused_naming_the_range(int opset, string reason)
    {
        var network = new SigmoidNet();

        ArgumentException error = Assert.Throws<ArgumentException>(() => network.ToOnnxModel(new OnnxExportOptions { OpsetVersion = opset }));

        Assert.Contains($"OpsetVersion {opset} is outside the opsets NetGen exports, 9 to 23", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("options", error.ParamName);
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
