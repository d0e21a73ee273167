using System.Globalization;
using NetGen;
using NetGen.Persistence;

// Trains the lecture's XOR network with per-sample SGD, saves and reloads it, and prints everything a JIT run and a
// NativeAOT run must agree on bit for bit (the same seed, the same code).
var net = new XorNet();
net.InitializeParameters(seed: 7);
float[] inputs = [0, 0, 0, 1, 1, 0, 1, 1];
float[] labels = [-1, 1, 1, -1];
for (int epoch = 0; epoch < 800; epoch++)
{
    for (int i = 0; i < 4; i++)
    {
        net.TrainStep(inputs.AsSpan(i * 2, 2), labels[i], 0.5f / (1 + (epoch / 200f)));
    }
}

string path = Path.Combine(Path.GetTempPath(), $"netgen-consumer-{Environment.ProcessId}.ngw");
net.Save(path);
var copy = new XorNet();
copy.Load(path);
File.Delete(path);

var outputs = new float[4];
copy.ForwardBatch(inputs, outputs);
for (int i = 0; i < 4; i++)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"x = ({inputs[2 * i]}, {inputs[(2 * i) + 1]})  z = {outputs[i]:R}  class = {copy.Classify(inputs.AsSpan(2 * i, 2))}"));
}

Console.WriteLine("parameters: " + string.Join(" ", copy.Parameters.ToArray().Select(p => p.ToString("R", CultureInfo.InvariantCulture))));

/// <summary>The XOR network of the lecture.</summary>
[Network(Loss.Hinge)]
[Input(2)]
[Dense(3, Activation.Sigmoid)]
[Dense(1)]
public partial class XorNet
{
}
