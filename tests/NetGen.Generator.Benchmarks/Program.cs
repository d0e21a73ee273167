using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/NetGen.Generator.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
