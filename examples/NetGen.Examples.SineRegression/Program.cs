using System.Globalization;
using NetGen.Examples;
using NetGen.Examples.SineRegression;
using NetGen.Training;
using Spectre.Console;

// Universal approximation: a 1-16-1 tanh network learns y = sin(x) on [-pi, pi] from 200 evenly spaced samples, and is
// then checked on 2001 points, most of which it never saw.
const int trainCount = 200;
const int checkCount = 2001;
const int epochs = 3000;
const int batchSize = 16;
string output = ConsoleTraining.OutputDirectory(args, "SineRegression");

float[] trainX = Grid(trainCount);
float[] trainY = trainX.Select(MathF.Sin).ToArray();
float[] checkX = Grid(checkCount);
float[] checkY = checkX.Select(MathF.Sin).ToArray();

// tanh units work best on inputs of order 1: standardise x with the training rows' mean and deviation, and apply the
// same to the check points.
Standardizer scaler = Standardizer.Fit(trainX, featureCount: 1);
float[] trainInputs = trainX.ToArray();
float[] checkInputs = checkX.ToArray();
scaler.Transform(trainInputs);
scaler.Transform(checkInputs);

var net = new SineNet();
net.InitializeParameters(seed: 1);
Console.WriteLine($"SineNet: {SineNet.Topology}, {SineNet.ParameterCount} parameters");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"before training: max |h(x) - sin x| = {net.MaxError(checkInputs, checkY):F4}"));

int updatesPerEpoch = (trainCount + batchSize - 1) / batchSize;
var options = new FitOptions
{
    Epochs = epochs,
    BatchSize = batchSize,
    Optimizer = Optimizer.Adam(),
    LearningRate = LearningRateSchedule.Cosine(0.005, epochs * updatesPerEpoch, 1e-4),
    Seed = 1,
};
TrainingHistory history = ConsoleTraining.Run("Fitting sin(x)", epochs, progress => net.Fit(trainInputs, trainY, options with { Progress = progress }));

double maxError = net.MaxError(checkInputs, checkY);
double rmse = Math.Sqrt(net.MeanSquaredError(checkInputs, checkY));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"after {history.Count} epochs ({history.Updates} Adam updates): J(theta) = {history.Last.TrainingLoss:E3}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"on {checkCount} points of [-pi, pi]: max |h(x) - sin x| = {maxError:F4}, RMS error = {rmse:F4}"));

float[] predicted = new float[checkCount];
for (int i = 0; i < checkCount; i++)
{
    predicted[i] = net.Predict(checkInputs.AsSpan(i, 1));
}

string fitPlot = Plots.FitAgainstTruth(Path.Combine(output, "sine-fit.png"), checkX, checkY, predicted, trainX, trainY, maxError);
string lossPlot = Plots.LossCurve(Path.Combine(output, "sine-loss.png"), history);
Console.WriteLine($"plots: {fitPlot}");
Console.WriteLine($"       {lossPlot}");

bool good = maxError < 0.02;
AnsiConsole.MarkupLine(good ? "[green]max error below 0.02[/]" : "[red]max error is not below 0.02[/]");
return good ? 0 : 1;

// n points evenly spaced from -pi to pi, both ends included.
static float[] Grid(int n) => Enumerable.Range(0, n).Select(i => (float)(-Math.PI + 2 * Math.PI * i / (n - 1))).ToArray();
