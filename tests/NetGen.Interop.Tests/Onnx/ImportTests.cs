using NetGen.Interop.Tests.Networks;
using NetGen.Interop.Tests.Support;
using NetGen.Onnx;
using Xunit.Abstractions;

namespace NetGen.Interop.Tests.Onnx;

/// <summary>
/// Models built independently with OnnxSharp, in the shapes PyTorch, Keras and hand-written graphs use, import into the
/// matching class: the parameters land where the layout says, and Forward agrees with ONNX Runtime on the same file.
/// </summary>
public sealed class ImportTests(ITestOutputHelper output)
{
    private const double FloatTolerance = 1e-5;

    public static TheoryData<LinearForm, Activation> FormsAndActivations()
    {
        var data = new TheoryData<LinearForm, Activation>();
        foreach (LinearForm form in Enum.GetValues<LinearForm>())
        {
            foreach (Activation activation in Enum.GetValues<Activation>())
            {
                data.Add(form, activation);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormsAndActivations))]
    public void A_dense_chain_in_each_accepted_shape_imports_and_agrees_with_onnx_runtime(LinearForm form, Activation activation)
    {
        INetwork<float> network = ActivationNetworks.Float(activation);
        Parameters.Randomize(network, seed: 1);
        var random = new Random(200 + (10 * (int)form) + (int)activation);
        var model = new DenseChainModel(
        [
            ChainLayer.Random(random, 4, 6, form, OnnxActivation(activation)),
            ChainLayer.Random(random, 6, 3, form, OnnxActivation(activation)),
        ]);
        byte[] file = model.Bytes();

        network.ImportOnnx(new MemoryStream(file));

        Assert.Equal(model.ExpectedParameters().Select(v => (float)v), network.Parameters.ToArray());
        double difference = CompareWithRuntime(network, file);
        output.WriteLine($"{form}, {activation}: max |Forward - ONNX Runtime| = {difference:E2}");
    }

    [Fact]
    public void A_mixed_chain_with_constant_nodes_identities_typed_data_and_row_biases_imports()
    {
        var network = new DeepClassifier();
        var random = new Random(300);
        var model = new DenseChainModel(
        [
            ChainLayer.Random(random, 5, 8, LinearForm.GemmPlainB, "Tanh"),
            ChainLayer.Random(random, 8, 7, LinearForm.MatMulAddBiasFirst, "SiLU-reversed"),
            ChainLayer.Random(random, 7, 6, LinearForm.GemmWithoutBias, "LeakyRelu"),
            ChainLayer.Random(random, 6, 4, LinearForm.MatMulAdd, ""),
        ])
        {
            ConstantNodes = true,
            Identities = true,
            TypedData = true,
            RowBiases = true,
            LeakyReluAlpha = 0.01f,
        };
        byte[] file = model.Bytes();

        network.ImportOnnx(new MemoryStream(file));

        Assert.Equal(model.ExpectedParameters().Select(v => (float)v), network.Parameters.ToArray());
        output.WriteLine($"mixed chain: max diff {CompareWithRuntime(network, file):E2}");
    }

    [Fact]
    public void A_double_model_imports_into_a_double_network_exactly()
    {
        var network = new TanhNetDouble();
        var random = new Random(301);
        var model = new DenseChainModel(
        [
            ChainLayer.Random(random, 4, 6, LinearForm.MatMulAdd, "Tanh"),
            ChainLayer.Random(random, 6, 3, LinearForm.GemmTransposedB, "Tanh"),
        ])
        { ElementType = 11, TypedData = true };
        byte[] file = model.Bytes();

        network.ImportOnnx(new MemoryStream(file));

        Assert.Equal(model.ExpectedParameters(), network.Parameters.ToArray());
        double[][] inputs = OnnxRuntimeRunner.RandomRowsDouble(seed: 302, count: 32, width: 4);
        double difference = OnnxRuntimeRunner.MaxAbsDifference(OnnxRuntimeRunner.Forward(network, inputs), OnnxRuntimeRunner.Run(file, inputs));
        Assert.InRange(difference, 0, 1e-12);
    }

    [Fact]
    public void A_float_model_imports_into_a_double_network_because_widening_is_exact()
    {
        var network = new SigmoidNetDouble();
        var random = new Random(303);
        var model = new DenseChainModel(
        [
            ChainLayer.Random(random, 4, 6, LinearForm.GemmTransposedB, "Sigmoid"),
            ChainLayer.Random(random, 6, 3, LinearForm.GemmTransposedB, "Sigmoid"),
        ]);

        network.ImportOnnx(model.Build());

        Assert.Equal(model.ExpectedParameters().Select(v => (double)(float)v), network.Parameters.ToArray());
    }

    [Fact]
    public void Initialisers_also_listed_as_graph_inputs_are_not_taken_for_the_data_input()
    {
        var network = new SoftplusNet();
        var random = new Random(306);
        var model = new DenseChainModel(
        [
            ChainLayer.Random(random, 4, 6, LinearForm.GemmTransposedB, "Softplus"),
            ChainLayer.Random(random, 6, 3, LinearForm.GemmTransposedB, "Softplus"),
        ])
        { InitializersAsInputs = true };
        Assert.Equal(5, model.Build().Graph.Input.Count);

        network.ImportOnnx(model.Build());

        Assert.Equal(model.ExpectedParameters().Select(v => (float)v), network.Parameters.ToArray());
    }

    [Fact]
    public void A_model_imports_from_a_path()
    {
        using var folder = new TemporaryFolder();
        string path = folder.File("pytorch.onnx");
        var random = new Random(304);
        var model = new DenseChainModel(
        [
            ChainLayer.Random(random, 4, 6, LinearForm.GemmTransposedB, "Relu"),
            ChainLayer.Random(random, 6, 3, LinearForm.GemmTransposedB, "Relu"),
        ]);
        File.WriteAllBytes(path, model.Bytes());
        var network = new ReluNet();

        network.ImportOnnx(path);

        Assert.Equal(model.ExpectedParameters().Select(v => (float)v), network.Parameters.ToArray());
    }

    /// <summary>The ONNX form of an activation in <see cref="DenseChainModel"/>'s vocabulary.</summary>
    public static string OnnxActivation(Activation activation) => activation switch
    {
        Activation.Identity => "",
        Activation.Sigmoid => "Sigmoid",
        Activation.Tanh => "Tanh",
        Activation.ReLU => "Relu",
        Activation.LeakyReLU => "LeakyRelu",
        Activation.Softplus => "Softplus",
        Activation.SiLU => "SiLU",
        _ => throw new ArgumentOutOfRangeException(nameof(activation)),
    };

    private static double CompareWithRuntime(INetwork<float> network, byte[] file)
    {
        float[][] inputs = OnnxRuntimeRunner.RandomRows(seed: 305, count: 32, width: network.InputSize);
        double difference = OnnxRuntimeRunner.MaxAbsDifference(OnnxRuntimeRunner.Forward(network, inputs), OnnxRuntimeRunner.Run(file, inputs));
        Assert.InRange(difference, 0, FloatTolerance);
        return difference;
    }
}
