using BenchmarkDotNet.Running;
using NetGen.Training.Benchmarks;

// dotnet run -c Release --project tests/NetGen.Training.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/NetGen.Training.Benchmarks -- --paired sine|sine-j|xor|xor-short|xor-long [rounds]
// add --cpu to time each round by the thread's CPU time, not the wall clock (a busy machine stretches wall-clock rounds)
if (args.Length > 1 && args[0] == "--paired")
{
    bool cpu = args.Contains("--cpu");
    string[] rest = args.Where(a => a != "--cpu").ToArray();
    PairedComparison.Run(rest[1], rest.Length > 2 ? int.Parse(rest[2], System.Globalization.CultureInfo.InvariantCulture) : 2000, cpu);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
