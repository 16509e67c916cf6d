using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/NewsSite.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
