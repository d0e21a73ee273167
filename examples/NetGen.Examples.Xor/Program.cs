using System.Globalization;
using NetGen.Examples.Xor;
using NetGen.Training;

// XOR with labels y in {+1, -1}: the classic problem no linear classifier solves. Data as rows: x = (x1, x2) per row.
float[] inputs = [0, 0, 0, 1, 1, 0, 1, 1];
float[] labels = [-1, +1, +1, -1];
const int seed = 7;
const float eta0 = 0.5f;
const float tau = 200f;
Console.WriteLine($"XorNet: {XorNet.Topology}, {XorNet.ParameterCount} parameters");

// 1. The lecture's SGD, written out: initialise the weights to small random Gaussian values, then for each epoch
//    shuffle the points and take them one at a time, theta <- theta - eta_k grad Loss(y, h(x; theta)), with a decaying
//    eta_k = eta0 / (1 + k / tau).
var lecture = new XorNet();
lecture.InitializeParameters(seed);
var random = new Random(seed);
int[] order = [0, 1, 2, 3];
int k = 0;
Console.WriteLine("1. The lecture's loop of TrainStep calls");
for (int epoch = 1; epoch <= 1000; epoch++)
{
    random.Shuffle(order);
    float total = 0;
    foreach (int i in order)
    {
        float eta = eta0 / (1f + k++ / tau);
        total += lecture.TrainStep(inputs.AsSpan(2 * i, 2), labels[i], eta);
    }

    if (epoch == 1 || epoch % 250 == 0)
    {
        // J(theta) = 1/n sum_i Loss(y_i, h(x_i; theta)), measured after the epoch.
        float objective = 0;
        for (int i = 0; i < 4; i++)
        {
            objective += lecture.ComputeLoss(inputs.AsSpan(2 * i, 2), labels[i]);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   epoch {epoch,4}: mean loss during epoch {total / 4,8:F5}, J(theta) {objective / 4,8:F5}"));
    }
}

int lectureCorrect = Report(lecture);

// 2. The same training in one call: Fit runs the loop above (the same fused TrainStep per sample, its own seeded
//    shuffle) and returns the history of J(theta) per epoch.
Console.WriteLine("2. The same with Fit");
var fitted = new XorNet();
fitted.InitializeParameters(seed);
TrainingHistory history = fitted.Fit(inputs, labels, new FitOptions
{
    Epochs = 1000,
    LearningRate = LearningRateSchedule.InverseTime(eta0, tau),
    Seed = seed,
});
foreach (EpochReport epoch in history.Where(e => e.Epoch == 1 || e.Epoch % 250 == 0))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   epoch {epoch.Epoch,4}: mean loss during epoch {epoch.RunningLoss,8:F5}, J(theta) {epoch.TrainingLoss,8:F5}, eta {epoch.LearningRate:F4}"));
}

int fittedCorrect = Report(fitted);
#if DEBUG
const string configuration = "Debug";
#else
const string configuration = "Release";
#endif
Console.WriteLine($"The generated code is in examples/NetGen.Examples.Xor/obj/{configuration}/net10.0/generated/NetGen.Generator/NetGen.Generator.NetGenGenerator/NetGen.Examples.Xor.XorNet.g.cs");
return lectureCorrect == 4 && fittedCorrect == 4 ? 0 : 1;

int Report(XorNet net)
{
    for (int i = 0; i < 4; i++)
    {
        ReadOnlySpan<float> x = inputs.AsSpan(2 * i, 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   x = ({x[0]}, {x[1]})  y = {labels[i],2}  z = {net.Predict(x),8:F4}  sign(z) = {net.Classify(x),2}"));
    }

    ConfusionMatrix matrix = net.ConfusionMatrix(inputs, labels);
    Console.WriteLine($"   {matrix.Correct}/{matrix.Total} correct");
    return matrix.Correct;
}
