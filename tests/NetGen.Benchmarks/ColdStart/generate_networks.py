#!/usr/bin/env python3
"""Writes Networks.g.cs: the nets of the cold-start harness and a direct-call driver for each.

The suite's nets (the BenchmarkDotNet suite's shapes) plus a grid drawn from a fixed seed: inputs 1-64, 1-3 hidden
layers of 3-64 units, outputs 1-16 (each log-uniform), tanh / sigmoid / ReLU hidden layers, squared error or (2+ outputs) softmax
cross-entropy. Each net gets a driver whose loops call the typed Forward and TrainStep directly, as a user's code does
(an ordinary method with one loop), so the harness measures the generated methods and not a delegate or interface
call. The same loop method runs the first window and, later, the steady-state windows. Run: python3 generate_networks.py
"""
import math
import random

SEED = 20261208
GRID_SIZE = 24

SUITE = [
    ("Suite_2_3_1_Sigmoid", 2, [(3, "Sigmoid")], 1, "SquaredError"),
    ("Suite_2_16_1_Tanh", 2, [(16, "Tanh")], 1, "SquaredError"),
    ("Suite_4_16_3_Tanh", 4, [(16, "Tanh")], 3, "SoftmaxCrossEntropy"),
    ("Suite_64_32_10_ReLU", 64, [(32, "ReLU")], 10, "SoftmaxCrossEntropy"),
    ("Suite_784_128_10_ReLU", 784, [(128, "ReLU")], 10, "SoftmaxCrossEntropy"),
    ("Suite_16_64_64_1_Tanh", 16, [(64, "Tanh"), (64, "Tanh")], 1, "SquaredError"),
]


def log_uniform(rng, low, high):
    """An integer in [low, high], uniform in log scale: small nets, which users declare most, are not crowded out."""
    return min(high, max(low, round(math.exp(rng.uniform(math.log(low), math.log(high + 1))) - 0.5)))


def grid():
    rng = random.Random(SEED)
    nets = []
    seen = {(n[1], tuple(n[2]), n[3], n[4]) for n in SUITE}
    while len(nets) < GRID_SIZE:
        inputs = log_uniform(rng, 1, 64)
        hidden = [(log_uniform(rng, 3, 64), rng.choice(["Tanh", "Sigmoid", "ReLU"])) for _ in range(rng.randint(1, 3))]
        outputs = log_uniform(rng, 1, 16)
        loss = "SoftmaxCrossEntropy" if outputs >= 2 and rng.random() < 0.5 else "SquaredError"
        key = (inputs, tuple(hidden), outputs, loss)
        if key in seen:
            continue
        seen.add(key)
        name = "Grid_" + "_".join([str(inputs)] + [f"{u}{a[0]}" for u, a in hidden] + [str(outputs)])
        nets.append((name, inputs, hidden, outputs, loss))
    return nets


def declaration(name, inputs, hidden, outputs, loss):
    lines = [f"[Network(Loss.{loss})]", f"[Input({inputs})]"]
    lines += [f"[Dense({u}, Activation.{a})]" for u, a in hidden]
    lines += [f"[Dense({outputs})]", f"public sealed partial class {name}", "{", "}", ""]
    return lines


def driver(name, loss):
    target = "targets.AsSpan((i & 63) * OutputsOf" + name + ", OutputsOf" + name + ")" if loss == "SquaredError" else "labels[i & 63]"
    first_target = target.replace("(i & 63)", "0").replace("[i & 63]", "[0]")
    return [
        f"    private static void Forward_{name}(int calls, float[] inputs, float[] outputs, Clock firstCall, Clock first, Clock steady)",
        "    {",
        f"        var net = new {name}();",
        "        net.InitializeParameters(1);",
        "        firstCall.Start();",
        "        first.Start();",
        f"        net.Forward(inputs.AsSpan(0, {name}.InputSize), outputs.AsSpan(0, {name}.OutputSize));",
        "        firstCall.Stop();",
        f"        ForwardLoop_{name}(net, 1, calls, inputs, outputs);",
        "        first.Stop();",
        f"        MeasureSteady(steady, () => ForwardLoop_{name}(net, 0, calls, inputs, outputs));",
        "    }",
        "",
        f"    private static void ForwardLoop_{name}({name} net, int start, int calls, float[] inputs, float[] outputs)",
        "    {",
        f"        int n = {name}.InputSize, m = {name}.OutputSize;",
        "        for (int i = start; i < calls; i++)",
        "        {",
        "            net.Forward(inputs.AsSpan((i & 63) * n, n), outputs.AsSpan((i & 63) * m, m));",
        "        }",
        "    }",
        "",
        f"    private static void TrainStep_{name}(int calls, float[] inputs, float[] targets, int[] labels, Clock firstCall, Clock first, Clock steady)",
        "    {",
        f"        var net = new {name}();",
        "        net.InitializeParameters(1);",
        "        firstCall.Start();",
        "        first.Start();",
        f"        net.TrainStep(inputs.AsSpan(0, {name}.InputSize), {first_target}, LearningRate);",
        "        firstCall.Stop();",
        f"        TrainStepLoop_{name}(net, 1, calls, inputs, targets, labels);",
        "        first.Stop();",
        f"        MeasureSteady(steady, () => TrainStepLoop_{name}(net, 0, calls, inputs, targets, labels));",
        "    }",
        "",
        f"    private static void TrainStepLoop_{name}({name} net, int start, int calls, float[] inputs, float[] targets, int[] labels)",
        "    {",
        f"        int n = {name}.InputSize;",
        "        for (int i = start; i < calls; i++)",
        "        {",
        f"            net.TrainStep(inputs.AsSpan((i & 63) * n, n), {target}, LearningRate);",
        "        }",
        "    }",
        "",
    ]


def main():
    nets = SUITE + grid()
    out = [
        "// <auto-generated/> by generate_networks.py (seed %d): do not edit, run the script." % SEED,
        "namespace NetGen.ColdStart;",
        "",
    ]
    for name, inputs, hidden, outputs, loss in nets:
        out += declaration(name, inputs, hidden, outputs, loss)
    out += ["/// <summary>Every net of the harness, with direct-call loops of its typed Forward and TrainStep.</summary>",
            "internal static partial class Drivers", "{"]
    for name, inputs, hidden, outputs, loss in nets:
        out.append(f"    private const int OutputsOf{name} = {outputs};")
    out.append("")
    out.append("    /// <summary>Each net: its name, whether it is one of the BenchmarkDotNet suite's, its input and output sizes.</summary>")
    out.append("    public static readonly (string Name, bool Suite, int Inputs, int Outputs, string Shape)[] Nets =")
    out.append("    [")
    for name, inputs, hidden, outputs, loss in nets:
        shape = "-".join(str(s) for s in [inputs] + [u for u, _ in hidden] + [outputs])
        shape += " " + "/".join(a if a == "ReLU" else a.lower() for _, a in hidden)
        shape += " " + ("SE" if loss == "SquaredError" else "softmax")
        out.append(f"        (\"{name}\", {'true' if name.startswith('Suite') else 'false'}, {inputs}, {outputs}, \"{shape}\"),")
    out.append("    ];")
    out.append("")
    out.append("    private static partial void RunForward(string name, int calls, float[] inputs, float[] outputs, Clock firstCall, Clock first, Clock steady)")
    out.append("    {")
    out.append("        switch (name)")
    out.append("        {")
    for name, *_ in nets:
        out.append(f"            case \"{name}\": Forward_{name}(calls, inputs, outputs, firstCall, first, steady); break;")
    out.append("            default: throw new ArgumentException($\"No net named {name}.\", nameof(name));")
    out.append("        }")
    out.append("    }")
    out.append("")
    out.append("    private static partial void RunTrainStep(string name, int calls, float[] inputs, float[] targets, int[] labels, Clock firstCall, Clock first, Clock steady)")
    out.append("    {")
    out.append("        switch (name)")
    out.append("        {")
    for name, *_ in nets:
        out.append(f"            case \"{name}\": TrainStep_{name}(calls, inputs, targets, labels, firstCall, first, steady); break;")
    out.append("            default: throw new ArgumentException($\"No net named {name}.\", nameof(name));")
    out.append("        }")
    out.append("    }")
    out.append("")
    for name, inputs, hidden, outputs, loss in nets:
        out += driver(name, loss)
    out[-1:] = ["}"]
    with open("Networks.g.cs", "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
