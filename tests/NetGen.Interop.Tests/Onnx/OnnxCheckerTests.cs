using System.Diagnostics;
using NetGen.Interop.Tests.Networks;
using NetGen.Interop.Tests.Support;
using NetGen.Onnx;
using Xunit.Abstractions;

namespace NetGen.Interop.Tests.Onnx;

/// <summary>
/// The onnx package's own checker, as the tools users have ship it (Debian's python3-onnx, onnx 1.12, which knows IR
/// versions up to 8 and opsets up to 17), accepts NetGen's exports with full_check (types and shapes inferred node by
/// node). .ci/run installs python3-onnx; on a developer machine: apt-get install python3-onnx.
/// </summary>
public sealed class OnnxCheckerTests(ITestOutputHelper output)
{
    private const string Python = "/usr/bin/python3";

    private const string CheckerScript = """
        import sys
        import onnx
        print("onnx", onnx.__version__)
        for path in sys.argv[1:]:
            try:
                onnx.checker.check_model(onnx.load(path), full_check=True)
                print("ok", path)
            except Exception as e:
                print("refused", path, str(e).replace("\n", " "))
        """;

    [Fact]
    public void Onnx_checker_with_full_check_accepts_every_activation_in_float_and_double_at_the_default_and_older_tools_opsets()
    {
        using var folder = new TemporaryFolder();
        var files = new List<string>();
        foreach (int? opset in new int?[] { null, 13, 17 })
        {
            var options = opset is null ? null : new OnnxExportOptions { OpsetVersion = opset.Value };
            foreach (Activation activation in Enum.GetValues<Activation>())
            {
                INetwork<float> single = ActivationNetworks.Float(activation);
                Parameters.Randomize(single, seed: 700 + (int)activation);
                INetwork<double> twin = ActivationNetworks.Double(activation);
                Parameters.Randomize(twin, seed: 720 + (int)activation);
                string suffix = opset is null ? "default" : $"opset{opset}";
                files.Add(Export(single, folder.File($"{activation}-float-{suffix}.onnx"), options));
                files.Add(Export(twin, folder.File($"{activation}-double-{suffix}.onnx"), options));
            }

            var deep = new DeepClassifierDouble();
            Parameters.Randomize(deep, seed: 740);
            files.Add(Export(deep, folder.File($"DeepClassifierDouble-{(opset is null ? "default" : $"opset{opset}")}.onnx"), options));
        }

        string[] lines = RunChecker(folder, files);

        output.WriteLine(string.Join(Environment.NewLine, lines));
        string[] refused = lines.Where(l => l.StartsWith("refused ", StringComparison.Ordinal)).ToArray();
        Assert.True(refused.Length == 0, "onnx.checker.check_model(full_check=True) refused:" + Environment.NewLine + string.Join(Environment.NewLine, refused));
        Assert.Equal(files.Order(StringComparer.Ordinal), lines.Where(l => l.StartsWith("ok ", StringComparison.Ordinal)).Select(l => l[3..]).Order(StringComparer.Ordinal));
    }

    private static string Export<T>(INetwork<T> network, string path, OnnxExportOptions? options)
        where T : unmanaged
    {
        network.ExportOnnx(path, options);
        return path;
    }

    private static string[] RunChecker(TemporaryFolder folder, List<string> files)
    {
        Assert.True(
            File.Exists(Python),
            $"{Python} is missing: this test runs Debian's onnx checker (apt-get install -y python3-onnx; .ci/run installs it).");
        string script = folder.File("check.py");
        File.WriteAllText(script, CheckerScript);
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (string file in files)
        {
            start.ArgumentList.Add(file);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string text = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the onnx checker did not finish within 2 minutes");
        Assert.True(
            process.ExitCode == 0,
            $"{Python} could not run the onnx checker (exit code {process.ExitCode}); is python3-onnx installed (apt-get install -y python3-onnx)?{Environment.NewLine}{error.Result}");
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
