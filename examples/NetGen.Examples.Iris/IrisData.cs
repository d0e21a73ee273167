using System.Globalization;

namespace NetGen.Examples.Iris;

/// <summary>The rows of iris.csv (see DATA.md), split into fixed training, validation and test sets.</summary>
internal sealed class IrisData
{
    public static readonly string[] Species = ["setosa", "versicolor", "virginica"];

    public List<float> TrainInputs { get; } = [];
    public List<float> TrainClasses { get; } = [];
    public List<float> ValidationInputs { get; } = [];
    public List<float> ValidationClasses { get; } = [];
    public List<float> TestInputs { get; } = [];
    public List<float> TestClasses { get; } = [];

    /// <summary>
    /// Row i goes to the test set when i % 5 == 0, to the validation set when i % 5 == 1, else to training: 90 / 30 / 30
    /// rows, and since the file lists the species in blocks of 50, every set has each species in equal numbers.
    /// </summary>
    public static IrisData Load(string path)
    {
        var data = new IrisData();
        string[] lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length - 1; i++)
        {
            string[] fields = lines[i + 1].Split(',');
            int species = Array.IndexOf(Species, fields[4]);
            if (fields.Length != 5 || species < 0)
            {
                throw new InvalidDataException($"{path}, line {i + 2}: expected four numbers and a species name.");
            }

            (List<float> inputs, List<float> classes) = (i % 5) switch
            {
                0 => (data.TestInputs, data.TestClasses),
                1 => (data.ValidationInputs, data.ValidationClasses),
                _ => (data.TrainInputs, data.TrainClasses),
            };
            for (int j = 0; j < 4; j++)
            {
                inputs.Add(float.Parse(fields[j], CultureInfo.InvariantCulture));
            }

            classes.Add(species);
        }

        return data;
    }
}
