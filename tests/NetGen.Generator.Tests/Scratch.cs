namespace NetGen.Generator.Tests;

public class Scratch
{
    [Fact]
    public void Dump()
    {
        var r = GeneratorHarness.Run("""
            using NetGen;
            namespace Demo;
            [Network(Loss.SoftmaxCrossEntropy)]
            [Input(2)]
            [Dense(3, Activation.SiLU)]
            [Dense(2, Activation.ReLU)]
            [Dense(3)]
            public partial class XorNet { }
            """);
        File.WriteAllText("/tmp/xor.g.cs", r.Single);
        File.WriteAllText("/tmp/xor.diag.txt", string.Join("\n", r.GeneratorDiagnostics.Concat(r.CompilationDiagnostics)));
    }
}
