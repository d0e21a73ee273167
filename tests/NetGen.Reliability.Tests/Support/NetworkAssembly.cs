using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace NetGen.Reliability.Tests.Support;

/// <summary>
/// A compilation of generated networks, emitted to memory and loaded into its own collectible load context. The context
/// hands back the already loaded NetGen runtime assembly, so <see cref="INetwork{T}"/> in the loaded code is the very
/// interface the tests cast to.
/// </summary>
public sealed class NetworkAssembly : IDisposable
{
    private readonly SharedRuntimeLoadContext _context;

    private NetworkAssembly(SharedRuntimeLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    /// <summary>Emits <paramref name="compilation"/> (which must be free of errors) and loads it.</summary>
    public static NetworkAssembly Load(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            string errors = string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10));
            throw new InvalidOperationException("The networks did not compile:" + Environment.NewLine + errors);
        }

        image.Position = 0;
        var context = new SharedRuntimeLoadContext(compilation.AssemblyName ?? "Networks");
        return new NetworkAssembly(context, context.LoadFromStream(image));
    }

    /// <summary>A new instance of the network class with the given full name, through the interface for its element type.</summary>
    public INetwork<T> Create<T>(string fullName)
        where T : unmanaged
    {
        Type type = Assembly.GetType(fullName, throwOnError: true)!;
        return (INetwork<T>)Activator.CreateInstance(type)!;
    }

    public void Dispose() => _context.Unload();

    private sealed class SharedRuntimeLoadContext(string name) : AssemblyLoadContext(name, isCollectible: true)
    {
        private static readonly Assembly s_runtime = typeof(INetwork<>).Assembly;

        protected override Assembly? Load(AssemblyName assemblyName) =>
            AssemblyName.ReferenceMatchesDefinition(assemblyName, s_runtime.GetName()) ? s_runtime : null;
    }
}
