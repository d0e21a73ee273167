namespace NetGen.Generator.Planning;

/// <summary>
/// How the JIT is asked to compile a generated method: the <c>MethodImplOptions</c> written on it. The values are those
/// of <c>System.Runtime.CompilerServices.MethodImplOptions</c>.
/// </summary>
[System.Flags]
internal enum MethodCompilation
{
    /// <summary>The runtime's default: tier-0 code first, optimised once the method is hot.</summary>
    Tiered = 0,

    /// <summary>Compiled into its callers where the JIT can.</summary>
    AggressiveInlining = 256,

    /// <summary>
    /// Fully optimised from the first call, skipping tier 0: without it a method runs as unoptimised code until the
    /// runtime has counted 30 calls and then seen 100 ms without new tier-0 code, which in a fresh process is the first
    /// million calls of a small net (docs/performance.md).
    /// </summary>
    AggressiveOptimization = 512,
}
