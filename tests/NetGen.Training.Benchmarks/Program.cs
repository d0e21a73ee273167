using BenchmarkDotNet.Running;
using NetGen.Training.Benchmarks;

// dotnet run -c Release --project tests/NetGen.Training.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/NetGen.Training.Benchmarks -- --paired sine|sine-j|xor [rounds]
if (args.Length > 1 && args[0] == "--paired")
{
    PairedComparison.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
