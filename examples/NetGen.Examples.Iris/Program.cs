using System.Globalization;
using NetGen.Examples;
using NetGen.Examples.Iris;
using NetGen.Training;
using Spectre.Console;

// Fisher's iris flowers: three species from four measurements, with softmax cross-entropy.
IrisData data = IrisData.Load(Path.Combine(AppContext.BaseDirectory, "iris.csv"));
string output = ConsoleTraining.OutputDirectory(args, "Iris");
float[] trainX = [.. data.TrainInputs];
float[] trainY = [.. data.TrainClasses];
float[] validX = [.. data.ValidationInputs];
float[] validY = [.. data.ValidationClasses];
float[] testX = [.. data.TestInputs];
float[] testY = [.. data.TestClasses];
Console.WriteLine($"iris.csv: {trainY.Length} training, {validY.Length} validation and {testY.Length} test flowers");

// Petal length is in the range 1-7 cm, petal width 0.1-2.5 cm: standardise every feature with the training rows'
// statistics only, then apply the same scaling to the other sets.
Standardizer scaler = Standardizer.Fit(trainX, featureCount: 4);
scaler.Transform(trainX);
scaler.Transform(validX);
scaler.Transform(testX);

var net = new IrisNet();
net.InitializeParameters(seed: 1);
Console.WriteLine($"IrisNet: {IrisNet.Topology}, {IrisNet.ParameterCount} parameters");

// Mini-batches of 6 with Nesterov momentum and a little weight decay; early stopping watches the validation loss and
// gives back the weights of its best epoch.
var options = new FitOptions
{
    Epochs = 3000,
    BatchSize = 6,
    Optimizer = Optimizer.Momentum(0.9, nesterov: true),
    LearningRate = LearningRateSchedule.InverseTime(0.02, 1500),
    WeightDecay = 1e-3,
    Patience = 50,
    Seed = 1,
};
TrainingHistory history = ConsoleTraining.Run(
    "Training on iris",
    options.Epochs,
    progress => net.Fit(trainX, trainY, validX, validY, options with { Progress = progress }));

string ending = history.StoppedEarly ? $"stopped early after epoch {history.Count}" : $"ran all {history.Count} epochs";
Console.WriteLine($"{ending}; kept the weights of epoch {history.BestEpoch}, the lowest validation loss");
EpochReport best = history[history.BestEpoch!.Value - 1];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {best.Epoch}: J(theta) = {best.TrainingLoss:F4}, validation loss = {best.ValidationLoss:F4}, validation accuracy = {best.ValidationAccuracy:P1}"));

double testAccuracy = net.Accuracy(testX, testY);
ConfusionMatrix matrix = net.ConfusionMatrix(testX, testY);
var table = new Table().Title("Test set: actual (rows), predicted (columns)");
table.AddColumn("actual \\ predicted");
foreach (string species in IrisData.Species)
{
    table.AddColumn(new TableColumn(species).RightAligned());
}

for (int actual = 0; actual < matrix.ClassCount; actual++)
{
    table.AddRow([IrisData.Species[actual], .. Enumerable.Range(0, matrix.ClassCount).Select(p => matrix[actual, p].ToString(CultureInfo.InvariantCulture))]);
}

AnsiConsole.Write(table);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"test accuracy: {testAccuracy:P1} ({matrix.Correct} of {matrix.Total}), test loss {net.MeanLoss(testX, testY):F4}"));

// The class probabilities softmax(z) of one flower, not only its argmax.
var probabilities = new float[IrisNet.OutputSize];
net.Probabilities(testX.AsSpan(0, 4), probabilities);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first test flower, a {IrisData.Species[(int)testY[0]]}: ") + string.Join(", ", IrisData.Species.Select((species, k) => string.Create(CultureInfo.InvariantCulture, $"P({species}) = {probabilities[k]:F3}"))));

string plot = LossPlot.Save(Path.Combine(output, "iris-loss.png"), history);
Console.WriteLine($"plot: {plot}");

bool good = testAccuracy >= 0.93;
AnsiConsole.MarkupLine(good ? "[green]test accuracy at least 0.93[/]" : "[red]test accuracy below 0.93[/]");
return good ? 0 : 1;
