using NetGen.Interop.Tests.Networks;
using NetGen.Interop.Tests.Support;
using NetGen.Onnx;
using Xunit.Abstractions;

namespace NetGen.Interop.Tests.Onnx;

/// <summary>
/// Seeded random damage to an exported model. ONNX files carry no checksum, so a flipped bit inside a weight imports as a
/// different weight; what must never happen is any other exception than <see cref="OnnxImportException"/>, or a refusal
/// that has changed the network.
/// </summary>
public sealed class DamagedModelFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void A_damaged_model_fails_only_with_OnnxImportException_and_a_refusal_never_changes_the_network()
    {
        var source = new DeepClassifier();
        Parameters.Randomize(source, seed: 1);
        using var stream = new MemoryStream();
        source.ExportOnnx(stream);
        byte[] valid = stream.ToArray();
        var target = new DeepClassifier();
        var random = new Random(8080);
        var reasons = new Dictionary<OnnxImportError, int>();
        int imported = 0;

        for (int round = 0; round < 3000; round++)
        {
            byte[] damaged = (byte[])valid.Clone();
            if (random.Next(2) == 0)
            {
                damaged = damaged[..random.Next(valid.Length)];
            }

            for (int flips = random.Next(1, 4); flips > 0 && damaged.Length > 0; flips--)
            {
                int bit = random.Next(8 * damaged.Length);
                damaged[bit / 8] ^= (byte)(1 << (bit % 8));
            }

            Parameters.Randomize(target, seed: round);
            int[] before = Parameters.Bits(target.Parameters);
            try
            {
                target.ImportOnnx(new MemoryStream(damaged));
                imported++;
            }
            catch (OnnxImportException error)
            {
                Assert.Equal(before, Parameters.Bits(target.Parameters));
                reasons[error.Reason] = reasons.GetValueOrDefault(error.Reason) + 1;
            }
        }

        output.WriteLine($"3000 damaged models: {imported} imported, refused: {string.Join(", ", reasons.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}");
        Assert.Contains(OnnxImportError.InvalidModel, reasons.Keys);
    }
}
