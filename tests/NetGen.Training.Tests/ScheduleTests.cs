namespace NetGen.Training.Tests;

/// <summary>Each learning-rate schedule gives the values its documentation states.</summary>
public class ScheduleTests
{
    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(200, 0.25)]
    [InlineData(400, 0.5 / 3)]
    [InlineData(50, 0.4)]
    public void Inverse_time_halves_after_tau_updates(long k, double expected)
    {
        Assert.Equal(expected, LearningRateSchedule.InverseTime(0.5, 200).Rate(k), 1e-15);
    }

    [Theory]
    [InlineData(0, 0.1)]
    [InlineData(9, 0.1)]
    [InlineData(10, 0.05)]
    [InlineData(25, 0.025)]
    public void Step_drops_by_the_factor_every_step_size_updates(long k, double expected)
    {
        Assert.Equal(expected, LearningRateSchedule.Step(0.1, 0.5, 10).Rate(k), 1e-15);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(10, 0.5)]
    [InlineData(20, 0.25)]
    [InlineData(5, 0.70710678118654752)]
    public void Exponential_decays_smoothly_by_the_rate_per_decay_steps(long k, double expected)
    {
        Assert.Equal(expected, LearningRateSchedule.Exponential(1, 0.5, 10).Rate(k), 1e-14);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(50, 0.505)]
    [InlineData(100, 0.01)]
    [InlineData(1000, 0.01)]
    [InlineData(25, 0.01 + 0.99 * 0.85355339059327376)]
    public void Cosine_anneals_from_the_initial_to_the_minimum_rate(long k, double expected)
    {
        Assert.Equal(expected, LearningRateSchedule.Cosine(1, 100, 0.01).Rate(k), 1e-14);
    }

    [Fact]
    public void A_double_converts_to_a_constant_schedule()
    {
        LearningRateSchedule schedule = 0.3;

        Assert.Equal(0.3, schedule.Rate(0));
        Assert.Equal(0.3, schedule.Rate(123456));
    }

    [Fact]
    public void Non_positive_rates_are_rejected_when_the_schedule_is_made()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Constant(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.InverseTime(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Step(1, 1.5, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Cosine(1, 100, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Cosine(1, 100, 2));
    }

    [Fact]
    public void Fit_reports_the_rate_of_each_epochs_last_update()
    {
        var net = new LineNet();
        net.InitializeParameters(seed: 1);
        LearningRateSchedule schedule = LearningRateSchedule.Step(0.1, 0.5, 3);

        // 5 rows in batches of 2: 3 updates per epoch, so epoch e ends with update k = 3e - 1.
        TrainingHistory history = net.Fit([0.1, 0.2, 0.3, 0.4, 0.5], [0.0, 0.1, 0.2, 0.3, 0.4], new FitOptions
        {
            Epochs = 4,
            BatchSize = 2,
            LearningRate = schedule,
        });

        Assert.Equal(12, history.Updates);
        Assert.Equal([0.1, 0.05, 0.025, 0.0125], history.Select(e => e.LearningRate));
    }
}
