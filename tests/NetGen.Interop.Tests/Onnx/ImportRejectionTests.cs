using Google.Protobuf;
using NetGen.Interop.Tests.Networks;
using NetGen.Interop.Tests.Support;
using NetGen.Onnx;
using NetGen.Persistence;
using Onnx;

namespace NetGen.Interop.Tests.Onnx;

/// <summary>Models that do not fit are refused with a reason, the layer and node, and the network keeps its weights.</summary>
public sealed class ImportRejectionTests
{
    private readonly SigmoidNet _target = new();
    private readonly float[] _before;

    public ImportRejectionTests()
    {
        Parameters.Randomize(_target, seed: 500);
        _before = _target.Parameters.ToArray();
    }

    /// <summary>A valid model for SigmoidNet (4 -> 6 Sigmoid -> 3 Sigmoid) in PyTorch's shape, to be spoiled by each test.</summary>
    private static DenseChainModel SigmoidModel(int hiddenUnits = 6, string hidden = "Sigmoid", string last = "Sigmoid", int layers = 2) =>
        new(Enumerable.Range(0, layers).Select(i =>
        {
            var random = new Random(600 + i);
            int inputs = i == 0 ? 4 : i == 1 ? hiddenUnits : 3;
            int units = i == 0 ? hiddenUnits : 3;
            return ChainLayer.Random(random, inputs, units, LinearForm.GemmTransposedB, i == 0 ? hidden : last);
        }).ToArray());

    private OnnxImportException Rejects(ModelProto model, OnnxImportError reason) =>
        Rejects(model.ToByteArray(), reason);

    private OnnxImportException Rejects(byte[] file, OnnxImportError reason)
    {
        OnnxImportException error = Assert.Throws<OnnxImportException>(() => _target.ImportOnnx(new MemoryStream(file)));
        Assert.Equal(reason, error.Reason);
        Parameters.AssertBitwiseEqual(_before, _target.Parameters);
        return error;
    }

    [Fact]
    public void The_unspoiled_model_imports_so_each_refusal_below_is_caused_by_its_change()
    {
        var network = new SigmoidNet();

        network.ImportOnnx(SigmoidModel().Build());

        Assert.Equal(SigmoidModel().ExpectedParameters().Select(v => (float)v), network.Parameters.ToArray());
    }

    [Fact]
    public void An_empty_file_is_not_an_onnx_model()
    {
        OnnxImportException error = Rejects([], OnnxImportError.InvalidModel);

        Assert.Contains("no graph", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_are_not_an_onnx_model()
    {
        byte[] noise = new byte[500];
        new Random(501).NextBytes(noise);

        Rejects(noise, OnnxImportError.InvalidModel);
    }

    [Fact]
    public void A_netgen_weight_file_is_not_an_onnx_model()
    {
        Rejects(WeightFileBytes.Of(_target), OnnxImportError.InvalidModel);
    }

    [Fact]
    public void An_unsupported_activation_operator_is_named_with_its_node_and_layer()
    {
        ModelProto model = SigmoidModel(hidden: "Elu").Build();

        OnnxImportException error = Rejects(model, OnnxImportError.UnsupportedOperator);

        Assert.Equal(1, error.Layer);
        Assert.Equal(model.Graph.Node.Single(n => n.OpType == "Elu").Name, error.NodeName);
        Assert.Contains("(Elu) is not part of a dense chain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_final_softmax_is_refused_with_the_advice_to_export_raw_scores()
    {
        var target = new ScoreClassifier();
        Parameters.Randomize(target, seed: 502);
        float[] before = target.Parameters.ToArray();
        ModelProto model = SigmoidModel(last: "Softmax").Build();

        OnnxImportException error = Assert.Throws<OnnxImportException>(() => target.ImportOnnx(model));

        Assert.Equal(OnnxImportError.UnsupportedOperator, error.Reason);
        Assert.Contains("without the final Softmax", error.Message, StringComparison.Ordinal);
        Parameters.AssertBitwiseEqual(before, target.Parameters);
    }

    [Fact]
    public void A_weight_with_the_wrong_number_of_units_is_a_shape_mismatch_with_both_shapes()
    {
        OnnxImportException error = Rejects(SigmoidModel(hiddenUnits: 7).Build(), OnnxImportError.ShapeMismatch);

        Assert.Equal(1, error.Layer);
        Assert.Contains("has shape [7 x 4]", error.Message, StringComparison.Ordinal);
        Assert.Contains("Dense 4 -> 6, which needs [6 x 4]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weight_stored_transposed_for_its_transB_gets_a_hint()
    {
        ModelProto model = SigmoidModel().Build();
        model.Graph.Node.First(n => n.OpType == "Gemm").Attribute.Single(a => a.Name == "transB").I = 0;

        OnnxImportException error = Rejects(model, OnnxImportError.ShapeMismatch);

        Assert.Contains("transB = 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("its transpose: check transB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bias_of_the_wrong_shape_is_a_shape_mismatch()
    {
        ModelProto model = SigmoidModel().Build();
        string biasName = model.Graph.Node.First(n => n.OpType == "Gemm").Input[2];
        TensorProto bias = model.Graph.Initializer.Single(t => t.Name == biasName);
        bias.Dims.Clear();
        bias.Dims.Add([2, 3]);

        OnnxImportException error = Rejects(model, OnnxImportError.ShapeMismatch);

        Assert.Equal(biasName, error.NodeName);
        Assert.Contains("bias '" + biasName + "' has shape [2 x 3]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_activation_is_an_activation_mismatch_that_names_both()
    {
        OnnxImportException error = Rejects(SigmoidModel(hidden: "Tanh").Build(), OnnxImportError.ActivationMismatch);

        Assert.Equal(1, error.Layer);
        Assert.Contains("SigmoidNet applies Sigmoid, but the model applies", error.Message, StringComparison.Ordinal);
        Assert.Contains("(Tanh)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_activation_is_an_activation_mismatch()
    {
        OnnxImportException error = Rejects(SigmoidModel(last: "").Build(), OnnxImportError.ActivationMismatch);

        Assert.Equal(2, error.Layer);
        Assert.Contains("the model applies no activation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leaky_relu_with_another_slope_is_an_activation_mismatch()
    {
        var target = new LeakyReluNet();
        Parameters.Randomize(target, seed: 503);
        float[] before = target.Parameters.ToArray();
        var random = new Random(504);
        ModelProto model = new DenseChainModel(
        [
            ChainLayer.Random(random, 4, 6, LinearForm.GemmTransposedB, "LeakyRelu"),
            ChainLayer.Random(random, 6, 3, LinearForm.GemmTransposedB, "LeakyRelu"),
        ])
        { LeakyReluAlpha = 0.2f }.Build();

        OnnxImportException error = Assert.Throws<OnnxImportException>(() => target.ImportOnnx(model));

        Assert.Equal(OnnxImportError.ActivationMismatch, error.Reason);
        Assert.Contains("alpha = 0.2", error.Message, StringComparison.Ordinal);
        Parameters.AssertBitwiseEqual(before, target.Parameters);
    }

    [Fact]
    public void A_model_with_fewer_layers_is_a_layer_count_mismatch()
    {
        var target = new ThreeLayerSigmoidNet();
        Parameters.Randomize(target, seed: 505);
        float[] before = target.Parameters.ToArray();

        OnnxImportException error = Assert.Throws<OnnxImportException>(() => target.ImportOnnx(SigmoidModel().Build()));

        Assert.Equal(OnnxImportError.LayerCountMismatch, error.Reason);
        Assert.Contains("The model has 2 dense layer(s), but ThreeLayerSigmoidNet has 3", error.Message, StringComparison.Ordinal);
        Parameters.AssertBitwiseEqual(before, target.Parameters);
    }

    [Fact]
    public void A_model_with_more_layers_is_a_layer_count_mismatch()
    {
        OnnxImportException error = Rejects(SigmoidModel(layers: 3).Build(), OnnxImportError.LayerCountMismatch);

        Assert.Contains("more dense layers than the 2 of SigmoidNet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_double_model_is_refused_by_a_float_network_because_rounding_would_change_the_weights()
    {
        var random = new Random(506);
        ModelProto model = new DenseChainModel(
        [
            ChainLayer.Random(random, 4, 6, LinearForm.GemmTransposedB, "Sigmoid"),
            ChainLayer.Random(random, 6, 3, LinearForm.GemmTransposedB, "Sigmoid"),
        ])
        { ElementType = 11 }.Build();

        OnnxImportException error = Rejects(model, OnnxImportError.ElementTypeMismatch);

        Assert.Contains("double", error.Message, StringComparison.Ordinal);
        Assert.Contains("float", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_input_of_another_width_is_a_shape_mismatch()
    {
        ModelProto proto = new DenseChainModel(
        [
            ChainLayer.Random(new Random(1), 4, 6, LinearForm.GemmTransposedB, "Sigmoid"),
            ChainLayer.Random(new Random(2), 6, 3, LinearForm.GemmTransposedB, "Sigmoid"),
        ])
        { DeclaredInputWidth = 5 }.Build();

        OnnxImportException error = Rejects(proto, OnnxImportError.ShapeMismatch);

        Assert.Contains("input 'x' has 5 values per row, but SigmoidNet has 4 inputs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_branch_in_the_graph_is_refused()
    {
        ModelProto model = SigmoidModel().Build();
        NodeProto firstGemm = model.Graph.Node.First(n => n.OpType == "Gemm");
        var sideBranch = new NodeProto { OpType = "Relu", Name = "side" };
        sideBranch.Input.Add(firstGemm.Output[0]);
        sideBranch.Output.Add("unused");
        model.Graph.Node.Add(sideBranch);

        OnnxImportException error = Rejects(model, OnnxImportError.UnsupportedOperator);

        Assert.Contains("is read by 2 nodes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_off_the_chain_is_refused()
    {
        ModelProto model = SigmoidModel().Build();
        var stray = new NodeProto { OpType = "Relu", Name = "stray" };
        stray.Input.Add("nowhere");
        stray.Output.Add("nothing");
        model.Graph.Node.Add(stray);

        OnnxImportException error = Rejects(model, OnnxImportError.UnsupportedOperator);

        Assert.Equal("stray", error.NodeName);
        Assert.Contains("not on the path from the input to the output", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_identity_that_feeds_itself_is_refused_as_a_cycle_instead_of_hanging()
    {
        ModelProto model = SigmoidModel().Build();
        NodeProto firstGemm = model.Graph.Node.First(n => n.OpType == "Gemm");
        var loop = new NodeProto { OpType = "Identity", Name = "loop" };
        loop.Input.Add(firstGemm.Output[0]);
        loop.Output.Add(firstGemm.Output[0]);
        model.Graph.Node.Add(loop);
        foreach (NodeProto sigmoid in model.Graph.Node.Where(n => n.Input.Contains(firstGemm.Output[0]) && n != loop).ToArray())
        {
            model.Graph.Node.Remove(sigmoid);
            model.Graph.Node.Add(sigmoid);
            sigmoid.Input[0] = "never-written";
        }

        OnnxImportException error = Rejects(model, OnnxImportError.InvalidModel);

        Assert.Equal("loop", error.NodeName);
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gemm_that_scales_by_alpha_is_refused()
    {
        ModelProto model = SigmoidModel().Build();
        model.Graph.Node.Last(n => n.OpType == "Gemm").Attribute.Add(new AttributeProto { Name = "alpha", Type = AttributeProto.Types.AttributeType.Float, F = 0.5f });

        OnnxImportException error = Rejects(model, OnnxImportError.UnsupportedOperator);

        Assert.Equal(2, error.Layer);
        Assert.Contains("alpha = 0.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_kept_in_an_external_file_are_refused()
    {
        ModelProto model = SigmoidModel().Build();
        TensorProto weight = model.Graph.Initializer[0];
        weight.RawData = ByteString.Empty;
        weight.DataLocation = TensorProto.Types.DataLocation.External;
        weight.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = "weights.bin" });

        OnnxImportException error = Rejects(model, OnnxImportError.InvalidModel);

        Assert.Contains("external file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_without_opset_import_is_refused_because_onnx_requires_one()
    {
        ModelProto model = SigmoidModel().Build();
        model.OpsetImport.Clear();

        OnnxImportException error = Rejects(model, OnnxImportError.InvalidModel);

        Assert.Contains("no opset_import, which ONNX requires", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_whose_opset_import_lacks_the_default_domain_is_refused()
    {
        ModelProto model = SigmoidModel().Build();
        model.OpsetImport.Clear();
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "com.microsoft", Version = 1 });

        OnnxImportException error = Rejects(model, OnnxImportError.InvalidModel);

        Assert.Contains("names only the domain(s) 'com.microsoft', not the default ONNX domain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_max_of_z_and_a_scaled_z_with_another_slope_than_0_01_is_refused_as_another_activation()
    {
        var network = new LeakyReluNetDouble();
        Parameters.Randomize(network, seed: 510);
        double[] before = network.Parameters.ToArray();
        ModelProto model = new LeakyReluNetDouble().ToOnnxModel();
        TensorProto slope = model.Graph.Initializer.Single(t => t.Name == "layer2.alpha");
        slope.RawData = ByteString.CopyFrom(BitConverter.GetBytes(0.2));

        OnnxImportException error = Assert.Throws<OnnxImportException>(() => network.ImportOnnx(model));

        Assert.Equal(OnnxImportError.ActivationMismatch, error.Reason);
        Assert.Equal(2, error.Layer);
        Assert.Contains("node 'layer2.mul' (Mul) by 0.2 (NetGen's LeakyReLU has slope 0.01)", error.Message, StringComparison.Ordinal);
        Parameters.AssertBitwiseEqual(before, network.Parameters);
    }

    [Fact]
    public void A_max_of_z_and_z_times_0_01_imports_into_a_leaky_relu_layer_in_either_operand_order()
    {
        var source = new LeakyReluNetDouble();
        Parameters.Randomize(source, seed: 511);
        ModelProto model = source.ToOnnxModel();
        foreach (NodeProto node in model.Graph.Node.Where(n => n.OpType is "Mul" or "Max"))
        {
            (node.Input[0], node.Input[1]) = (node.Input[1], node.Input[0]);
        }

        var copy = new LeakyReluNetDouble();
        copy.ImportOnnx(model);

        Parameters.AssertBitwiseEqual(source.Parameters, copy.Parameters);
    }
}
