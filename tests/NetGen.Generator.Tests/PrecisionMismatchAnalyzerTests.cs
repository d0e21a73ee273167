using System.Globalization;
using Microsoft.CodeAnalysis;

namespace NetGen.Generator.Tests;

/// <summary>
/// NG0016 comes from <see cref="Analyzers.PrecisionMismatchAnalyzer"/>: a call of NetGen's API with data of the other
/// precision than the network's, which the compiler reports only as CS0411 (type inference) or CS1503 (conversion),
/// gets an error that says so, on the offending argument.
/// </summary>
public class PrecisionMismatchAnalyzerTests
{
    private const string Networks = """
        using NetGen;
        using NetGen.Training;
        [Network(Loss.Hinge)][Input(2)][Dense(3, Activation.Tanh)][Dense(1)] public partial class XorNet { }
        [Network(Loss.SquaredError, Precision = Precision.Double)][Input(1)][Dense(4, Activation.Tanh)][Dense(1)] public partial class SineNet { }

        """;

    [Theory]
    [InlineData("XorNet net, double[] x, double[] y", "net.Fit(x, y, new FitOptions { Epochs = 1, LearningRate = 0.1 });", "x", "XorNet is a float network (Precision.Single), so its data must be float[] or spans of float, but x is double[]", "CS1503")]
    [InlineData("XorNet net, float[] x, double[] y", "net.Fit(x, y, new FitOptions { Epochs = 1, LearningRate = 0.1 });", "y", "XorNet is a float network (Precision.Single), so its data must be float[] or spans of float, but y is double[]", "CS1503")]
    [InlineData("SineNet net, float[] x, double[] y", "net.Forward(x, y);", "x", "SineNet is a double network (Precision.Double), so its data must be double[] or spans of double, but x is float[]", "CS1503")]
    [InlineData("XorNet net, double[] x, double[] y", "net.TrainStep(x, 1f, 0.1f);", "x", "XorNet is a float network (Precision.Single), so its data must be float[] or spans of float, but x is double[]", "CS1503")]
    [InlineData("INetwork<float> net, System.ReadOnlySpan<double> x, double[] y", "net.Accuracy(x, y);", "x", "INetwork<float> is a float network (Precision.Single), so its data must be float[] or spans of float, but x is ReadOnlySpan<double>", "CS0411")]
    [InlineData("XorNet net, double[] x, double[] y", "Evaluation.MeanLoss(net, x, y);", "x", "XorNet is a float network (Precision.Single), so its data must be float[] or spans of float, but x is double[]", "CS1503")]
    public void Data_of_the_other_precision_is_reported_on_the_argument(string parameters, string call, string located, string message, string compilerError)
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Networks + $"public static class Use {{ public static void Run({parameters}) {{ {call} }} }}");

        Diagnostic diagnostic = Assert.Single(result.NetGenDiagnostics);
        Assert.Equal("NG0016", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(located, result.Input.SyntaxTrees[0].GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.True(result.CompilationDiagnostics.Any(d => d.Id == compilerError), string.Join("; ", result.CompilationDiagnostics));
    }

    [Fact]
    public void On_CSharp12_and_net8_the_compiler_names_only_the_conversion_and_NetGen_says_why()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(
            Networks + "public static class Use { public static void Run(XorNet net, double[] x, double[] y) { net.Fit(x, y, new FitOptions { Epochs = 1, LearningRate = 0.1 }); } }",
            net8: true);

        Diagnostic diagnostic = Assert.Single(result.NetGenDiagnostics);
        Assert.Equal("NG0016", diagnostic.Id);
        Assert.Equal("x", result.Input.SyntaxTrees[0].GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.Equal(["CS1503", "CS1503"], result.CompilationDiagnostics.Select(d => d.Id)); // cannot convert double[] to ReadOnlySpan<float>, twice
    }

    [Theory]
    [InlineData("XorNet net, float[] x, float[] y", "net.Fit(x, y, new FitOptions { Epochs = 1, LearningRate = 0.1 });")]
    [InlineData("SineNet net, double[] x, double[] y", "net.Forward(x, y);")]
    public void Data_of_the_network_s_precision_gets_nothing(string parameters, string call)
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Networks + $"public static class Use {{ public static void Run({parameters}) {{ {call} }} }}");

        Assert.Empty(result.NetGenDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("public static void Train(this XorNet net, int[] x) { } public static void Run(XorNet net, double[] x) { net.Train(x); }", "CS1503")]
    [InlineData("public static void Run(XorNet net, float[] x) { net.Forward(x); }", "CS7036")]
    [InlineData("public static void Run(string s, double[] x) { s.Fit(x); }", "CS1501")]
    public void Other_failed_calls_are_left_to_the_compiler(string members, string compilerError)
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Networks + $"public static class Use {{ {members} }}");

        Assert.Empty(result.NetGenDiagnostics.Where(d => d.Id == "NG0016"));
        Assert.True(result.CompilationDiagnostics.Any(d => d.Id == compilerError), string.Join("; ", result.CompilationDiagnostics));
    }
}

/// <summary>
/// Before C# 14 an array does not convert to ReadOnlySpan&lt;T&gt; during generic type inference, so NetGen's helpers
/// that take only spans need array forms to be callable with arrays on .NET 8.
/// </summary>
public class CSharp12ApiTests
{
    [Fact]
    public void Standardizer_accepts_arrays_without_type_arguments_for_CSharp12_on_net8()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(
            """
            using NetGen.Training;
            public static class Use
            {
                public static void Run(float[] rows, double[] other, float[] destination)
                {
                    Standardizer s = Standardizer.Fit(rows, 2);
                    s.Transform(rows);
                    s.Transform(rows, destination);
                    Standardizer.Fit(other, 2).Transform(other);
                }
            }
            """,
            net8: true);

        Assert.Equal(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12, ((Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)result.Input.SyntaxTrees[0].Options).LanguageVersion);
        Assert.Empty(result.CompilationDiagnostics);
    }
}
