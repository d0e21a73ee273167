namespace NetGen.Training.Tests;

public class StandardizerTests
{
    // Two features: the first 1, 2, 3, 4 (mean 2.5, population std sqrt(1.25)), the second constant 7.
    private static readonly double[] Training = [1, 7, 2, 7, 3, 7, 4, 7];

    [Fact]
    public void The_array_forms_infer_T_and_give_the_span_forms_results_bitwise()
    {
        float[] rows = [1f, 7f, 2.5f, 7f, 3f, 7.25f, 4f, 7f];
        Standardizer viaArray = Standardizer.Fit(rows, 2);
        Standardizer viaSpan = Standardizer.Fit((ReadOnlySpan<float>)rows, 2);
        Assert.Equal(viaSpan.Mean, viaArray.Mean);
        Assert.Equal(viaSpan.StandardDeviation, viaArray.StandardDeviation);

        float[] inPlace = (float[])rows.Clone();
        float[] copied = new float[rows.Length];
        float[] expected = new float[rows.Length];
        viaArray.Transform(inPlace);
        viaArray.Transform(rows, copied);
        viaSpan.Transform((ReadOnlySpan<float>)rows, expected.AsSpan());

        Assert.Equal(expected, inPlace);
        Assert.Equal(expected, copied);
        Assert.NotEqual(rows, expected);
        Assert.Throws<ArgumentNullException>(() => Standardizer.Fit((double[])null!, 2));
        Assert.Throws<ArgumentNullException>(() => viaArray.Transform((float[])null!));
        Assert.Throws<ArgumentNullException>(() => viaArray.Transform(rows, null!));
    }

    [Fact]
    public void Fit_finds_the_mean_and_population_standard_deviation_of_each_feature()
    {
        Standardizer standardizer = Standardizer.Fit<double>(Training, 2);

        Assert.Equal(2, standardizer.FeatureCount);
        Assert.Equal([2.5, 7.0], standardizer.Mean);
        Assert.Equal(Math.Sqrt(1.25), standardizer.StandardDeviation[0], 1e-15);
    }

    [Fact]
    public void Transformed_training_rows_have_zero_mean_and_unit_deviation_and_a_constant_feature_is_only_centred()
    {
        double[] rows = (double[])Training.Clone();
        Standardizer.Fit<double>(rows, 2).Transform<double>(rows);

        double[] first = [rows[0], rows[2], rows[4], rows[6]];
        Assert.Equal(0, first.Average(), 1e-15);
        Assert.Equal(1, Math.Sqrt(first.Select(v => v * v).Average()), 1e-15);
        Assert.Equal([0.0, 0.0, 0.0, 0.0], new[] { rows[1], rows[3], rows[5], rows[7] });
    }

    [Fact]
    public void Other_rows_are_scaled_with_the_training_statistics()
    {
        Standardizer standardizer = Standardizer.Fit<double>(Training, 2);
        double[] test = [2.5 + Math.Sqrt(1.25), 8];
        var result = new double[2];

        standardizer.Transform<double>(test, result);

        Assert.Equal(1.0, result[0], 1e-15);
        Assert.Equal(1.0, result[1]);
    }

    [Fact]
    public void Rows_that_are_not_whole_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Standardizer.Fit<double>([1, 2, 3], 2));
        Assert.Contains("not a whole number of rows of 2 features", error.Message);
    }
}
