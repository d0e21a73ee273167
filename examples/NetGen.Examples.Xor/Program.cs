using System.Globalization;
using NetGen.Examples.Xor;

// XOR with labels y in {+1, -1}: the classic problem no linear classifier solves.
float[][] inputs = [[0, 0], [0, 1], [1, 0], [1, 1]];
float[] labels = [-1, +1, +1, -1];

var net = new XorNet();

// The lecture's SGD: initialise the weights to small random Gaussian values, then for each epoch shuffle the points
// and take them one at a time, theta <- theta - eta_k grad Loss(y, h(x; theta)), with a decaying eta_k.
const int seed = 7;
net.InitializeParameters(seed);
var random = new Random(seed);
int[] order = [0, 1, 2, 3];
const float eta0 = 0.5f;
const float tau = 200f;
int step = 0;

Console.WriteLine($"XorNet: {XorNet.Topology}, {XorNet.ParameterCount} parameters");
for (int epoch = 1; epoch <= 1000; epoch++)
{
    random.Shuffle(order);
    float total = 0;
    foreach (int i in order)
    {
        float eta = eta0 / (1f + step++ / tau); // inverse-time decay eta_k = eta0 / (1 + k / tau)
        total += net.TrainStep(inputs[i], labels[i], eta);
    }

    if (epoch == 1 || epoch % 100 == 0)
    {
        // J(theta) = 1/n sum_i Loss(y_i, h(x_i; theta)), measured after the epoch.
        float objective = 0;
        for (int i = 0; i < inputs.Length; i++)
        {
            objective += net.ComputeLoss(inputs[i], labels[i]);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch,4}: mean loss during epoch {total / 4,8:F5}, J(theta) {objective / 4,8:F5}"));
    }
}

int correct = 0;
foreach ((float[] x, float y) in inputs.Zip(labels))
{
    float z = net.Predict(x);
    int predicted = net.Classify(x);
    correct += predicted == (int)y ? 1 : 0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"x = ({x[0]}, {x[1]})  y = {y,2}  z = {z,8:F4}  sign(z) = {predicted,2}"));
}

Console.WriteLine($"{correct}/4 correct");
Console.WriteLine("The generated code is in obj/Generated/NetGen.Generator/NetGen.Generator.NetGenGenerator/NetGen.Examples.Xor.XorNet.g.cs");
return correct == 4 ? 0 : 1;
