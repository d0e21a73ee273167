"""Writes TestNetworks.cs: one [Network] class per activation x loss x precision x topology, plus a registry that
states each network's architecture independently of the generator (the reference implementation reads the registry,
so a generator that misread its attributes would disagree with it). Run: python3 generate_networks.py"""

ACTS = ["Identity", "Sigmoid", "Tanh", "ReLU", "LeakyReLU", "Softplus", "SiLU"]
LOSSES = ["Hinge", "Logistic", "SquaredError", "SoftmaxCrossEntropy"]
PRECISIONS = [("F", "Single", "float"), ("D", "Double", "double")]


def output_layer(loss, act, topo_name):
    if loss in ("Hinge", "Logistic"):
        return (1, "Identity")
    if loss == "SoftmaxCrossEntropy":
        # The loop form's vector softmax needs a vector of classes: 11 is a whole 256-bit vector and an overlapping
        # last one in float, two and an overlapping one in double; 3 classes take its scalar path.
        return (11 if topo_name.startswith("Loop") else 3, "Identity")
    return (2, act)  # squared error also exercises the output activation's derivative


def topologies(act, loss):
    """(name, inputs, hidden layers, unroll mode). The Loop* ones force the loop code; their widths (11, 9) cover a
    full 256-bit vector plus a scalar tail in both precisions. Wide (softmax only) has a hidden layer of whole vectors
    in both precisions, where the unrolled softmax forms delta(2) from e^(z - max) and 1/sum."""
    nxt = ACTS[(ACTS.index(act) + 1) % len(ACTS)]
    yield "Shallow", 3, [(4, act)], "Auto"
    yield "Deep", 2, [(3, act), (3, nxt)], "Auto"
    yield "LoopShallow", 5, [(11, act)], "Never"
    yield "LoopDeep", 3, [(9, act), (6, nxt)], "Never"
    if loss == "SoftmaxCrossEntropy":
        yield "Wide", 4, [(16, act)], "Auto"


lines = [
    "// Written by generate_networks.py; edit the script, not this file.",
    "using NetGen;",
    "",
    "namespace NetGen.Tests.Networks;",
    "",
]
registry = []
for act in ACTS:
    for loss in LOSSES:
        for suffix, precision, _ in PRECISIONS:
            for topo_name, inputs, hidden, unroll in topologies(act, loss):
                layers = hidden + [output_layer(loss, act, topo_name)]
                name = f"{topo_name}_{act}_{loss}_{suffix}"
                unroll_text = "" if unroll == "Auto" else f", Unroll = Unrolling.{unroll}"
                lines.append(f"[Network(Loss.{loss}, Precision = Precision.{precision}{unroll_text})]")
                lines.append(f"[Input({inputs})]")
                for units, a in layers:
                    lines.append(f"[Dense({units}, Activation.{a})]")
                lines.append(f"public partial class {name} {{ }}")
                lines.append("")
                layer_text = ", ".join(f"({u}, Activation.{a})" for u, a in layers)
                registry.append(
                    f"        new(\"{name}\", () => new {name}(), {inputs}, Loss.{loss}, Precision.{precision}, [{layer_text}]),")

lines.append("public static partial class TestNetworks")
lines.append("{")
lines.append("    public static readonly NetworkCase[] All =")
lines.append("    [")
lines.extend(registry)
lines.append("    ];")
lines.append("}")
lines.append("")

with open("TestNetworks.cs", "w") as f:
    f.write("\n".join(lines))
