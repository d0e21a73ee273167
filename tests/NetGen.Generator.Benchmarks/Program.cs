using System.Globalization;
using BenchmarkDotNet.Running;
using NetGen.Generator.Benchmarks;

// dotnet run -c Release --project tests/NetGen.Generator.Benchmarks -- --filter '*'
// On a shared machine, the after-edit ratio with both generators alternating in one process:
// dotnet run -c Release --project tests/NetGen.Generator.Benchmarks -- --interleaved [runs]
// What NetGen's analyzer costs on the same compilation, next to the stub generator's after-edit run:
// dotnet run -c Release --project tests/NetGen.Generator.Benchmarks -- --analyzer [runs]
if (args.Length > 0 && args[0] == "--analyzer")
{
    AnalyzerCost.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200);
    return;
}

if (args.Length > 0 && args[0] == "--interleaved")
{
    Interleaved.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
