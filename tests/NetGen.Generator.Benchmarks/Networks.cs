namespace NetGen.Generator.Benchmarks;

/// <summary>20 networks of mixed sizes and losses, the two large ones emitted as loops.</summary>
internal static class Networks
{
    public static string Source
    {
        get
        {
            string[] activations = ["Sigmoid", "Tanh", "ReLU", "LeakyReLU", "Softplus", "SiLU", "Identity"];
            var text = new System.Text.StringBuilder("using NetGen;\nnamespace App.Models;\n");
            for (int i = 0; i < 18; i++)
            {
                string act = activations[i % activations.Length];
                int inputs = 2 + (i % 6), hidden = 3 + (i * 2 % 17);
                string declaration = (i % 3) switch
                {
                    0 => $"[Network(Loss.Hinge)][Input({inputs})][Dense({hidden}, Activation.{act})][Dense(1)]",
                    1 => $"[Network(Loss.SquaredError, Precision = Precision.Double)][Input({inputs})][Dense({hidden}, Activation.{act})][Dense({hidden}, Activation.Tanh)][Dense(2)]",
                    _ => $"[Network(Loss.SoftmaxCrossEntropy)][Input({inputs})][Dense({hidden}, Activation.{act})][Dense(4)]",
                };
                text.Append(declaration).Append($" public partial class Net{i} {{ }}\n");
            }

            text.Append("[Network(Loss.SoftmaxCrossEntropy)][Input(784)][Dense(128, Activation.ReLU)][Dense(10)] public partial class Mnist { }\n");
            text.Append("[Network(Loss.SquaredError)][Input(64)][Dense(32, Activation.ReLU)][Dense(10)] public partial class Medium { }\n");
            return text.ToString();
        }
    }
}
