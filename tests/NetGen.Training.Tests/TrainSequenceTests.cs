using System;
using System.Linq;
using System.Threading;
using NetGen;
using NetGen.Runtime;
using NetGen.Training;
using Xunit;

namespace NetGen.Training.Tests;

/// <summary>
/// ISgdSequence&lt;T&gt;.TrainSequence, the generated SGD loop that Fit runs each epoch of batch size 1 through: it must be
/// exactly the loop of typed TrainStep calls it replaces, reject what that loop would get wrong, and stay off the
/// public surface of INetwork&lt;T&gt; and of the generated class.
/// </summary>
public class TrainSequenceTests
{
    private static readonly int[] Order = [2, 0, 3, 1, 1];

    [Fact]
    public void Generated_sequence_equals_a_loop_of_TrainStep_calls_bitwise()
    {
        var viaSequence = new XorNet();
        var viaSteps = new XorNet();
        viaSequence.InitializeParameters(7);
        viaSteps.InitializeParameters(7);
        LearningRateSchedule schedule = LearningRateSchedule.InverseTime(0.5, 3);

        long updates = 10;
        double lossSum = ((ISgdSequence<float>)viaSequence).TrainSequence(Datasets.XorInputs, Datasets.XorLabels, Order, schedule, ref updates, CancellationToken.None);

        double expectedSum = 0;
        for (int i = 0; i < Order.Length; i++)
        {
            int row = Order[i];
            expectedSum += viaSteps.TrainStep(Datasets.XorInputs.AsSpan(row * 2, 2), Datasets.XorLabels[row], (float)schedule.Rate(10 + i));
        }

        Assert.Equal(15, updates);
        Assert.Equal(expectedSum, lossSum);
        Assert.Equal(viaSteps.Parameters.ToArray(), viaSequence.Parameters.ToArray());
    }

    [Fact]
    public void TrainSequence_is_neither_on_INetwork_nor_a_public_member_of_the_generated_class()
    {
        Assert.Null(typeof(INetwork<float>).GetMethod("TrainSequence"));
        Assert.Null(typeof(XorNet).GetMethod("TrainSequence"));
        Assert.True(typeof(ISgdSequence<float>).IsAssignableFrom(typeof(XorNet)));
        Assert.DoesNotContain(typeof(XorNet).GetMethods(), m => m.Name.Contains("TrainSequence", StringComparison.Ordinal) && m.IsPublic);
        var browsable = (System.ComponentModel.EditorBrowsableAttribute?)Attribute.GetCustomAttribute(typeof(ISgdSequence<>), typeof(System.ComponentModel.EditorBrowsableAttribute));
        Assert.Equal(System.ComponentModel.EditorBrowsableState.Never, browsable?.State);
    }

    [Fact]
    public void Fit_trains_a_hand_written_network_without_the_generated_loop_as_it_trains_the_generated_one()
    {
        var generated = new XorNet();
        var wrapped = new XorNet();
        generated.InitializeParameters(5);
        wrapped.InitializeParameters(5);
        var options = new FitOptions { Epochs = 3, LearningRate = LearningRateSchedule.InverseTime(0.3, 2), Seed = 9 };

        TrainingHistory viaGenerated = generated.Fit(Datasets.XorInputs, Datasets.XorLabels, options);
        TrainingHistory viaInterface = new DefaultOnly(wrapped).Fit(Datasets.XorInputs, Datasets.XorLabels, options);

        Assert.Equal(3, viaGenerated.Count);
        Assert.Equal(viaGenerated.Select(e => e.RunningLoss), viaInterface.Select(e => e.RunningLoss));
        Assert.Equal(12, viaInterface.Updates);
        Assert.Equal(generated.Parameters.ToArray(), wrapped.Parameters.ToArray());
        Assert.NotEqual(new XorNet().Parameters.ToArray(), generated.Parameters.ToArray());
    }

    [Fact]
    public void Generated_sequence_equals_the_loop_through_the_interface_for_every_target_form()
    {
        // The interface loop (what Fit runs for a hand-written INetwork) goes through the span TrainStep; the generated one calls the typed
        // overloads (+1/-1 label, class index, target row). Both must give the same parameters and loss sum.
        Check(new XorNet(), new XorNet(), Datasets.XorInputs, Datasets.XorLabels, [0, 1, 2, 3, 3, 2]);
        Check(new IrisNet(), new IrisNet(), [5.1f, 3.5f, 1.4f, 0.2f, 7.0f, 3.2f, 4.7f, 1.4f, 6.3f, 3.3f, 6.0f, 2.5f], [0f, 1f, 2f], [2, 0, 1, 1]);
        Check(new SineNet(), new SineNet(), [-1f, 0.5f, 2f], [-0.84f, 0.48f, 0.91f], [1, 2, 0]);
    }

    [Fact]
    public void A_row_index_outside_the_data_is_rejected_and_the_rows_before_it_are_trained()
    {
        var net = new XorNet();
        net.InitializeParameters(3);
        var reference = new XorNet();
        reference.InitializeParameters(3);
        reference.TrainStep(Datasets.XorInputs.AsSpan(0, 2), Datasets.XorLabels[0], 0.1f);

        long updates = 0;
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ((ISgdSequence<float>)net).TrainSequence(Datasets.XorInputs, Datasets.XorLabels, new[] { 0, 4 }, 0.1, ref updates, CancellationToken.None));

        Assert.Contains("Row index 4", error.Message);
        Assert.Equal(1, updates);
        Assert.Equal(reference.Parameters.ToArray(), net.Parameters.ToArray());
    }

    [Fact]
    public void Data_that_are_not_whole_rows_are_rejected_before_any_update()
    {
        var net = new SineNet();
        net.InitializeParameters(3);
        float[] before = net.Parameters.ToArray();
        long updates = 0;

        Assert.Throws<ArgumentException>(() =>
            ((ISgdSequence<float>)net).TrainSequence([1f, 2f], [1f], [0], 0.1, ref updates, CancellationToken.None));

        Assert.Equal(0, updates);
        Assert.Equal(before, net.Parameters.ToArray());
    }

    [Fact]
    public void A_rate_that_is_not_a_positive_finite_float_names_the_schedule_and_the_update()
    {
        var net = new XorNet();
        net.InitializeParameters(3);
        float[] before = net.Parameters.ToArray();
        long updates = 5;

        var error = Assert.Throws<InvalidOperationException>(() =>
            ((ISgdSequence<float>)net).TrainSequence(Datasets.XorInputs, Datasets.XorLabels, [0], LearningRateSchedule.Constant(1e-60), ref updates, CancellationToken.None));

        Assert.Contains("k = 5", error.Message);
        Assert.Contains("constant 1E-60", error.Message);
        Assert.Equal(5, updates);
        Assert.Equal(before, net.Parameters.ToArray());
    }

    [Fact]
    public void Cancellation_stops_between_whole_updates_with_an_exact_count()
    {
        var net = new XorNet();
        net.InitializeParameters(3);
        using var source = new CancellationTokenSource();
        var schedule = new CancellingSchedule(source, cancelAt: 3);
        long updates = 0;

        Assert.Throws<OperationCanceledException>(() =>
            ((ISgdSequence<float>)net).TrainSequence(Datasets.XorInputs, Datasets.XorLabels, [0, 1, 2, 3, 0, 1], schedule, ref updates, source.Token));

        // The rate for k = 3 was asked for, and the token cancelled, during update 3 itself: that update completes,
        // the next sample sees the token.
        Assert.Equal(4, updates);
        var reference = new XorNet();
        reference.InitializeParameters(3);
        for (int i = 0; i < 4; i++)
        {
            reference.TrainStep(Datasets.XorInputs.AsSpan(i * 2, 2), Datasets.XorLabels[i], 0.1f);
        }

        Assert.Equal(reference.Parameters.ToArray(), net.Parameters.ToArray());
    }

    private static void Check<TNet>(TNet generated, TNet viaDefault, float[] inputs, float[] targets, int[] order)
        where TNet : INetwork<float>
    {
        generated.InitializeParameters(11);
        viaDefault.InitializeParameters(11);
        LearningRateSchedule schedule = LearningRateSchedule.Cosine(0.2, 4, 0.01);
        long k1 = 0;
        long k2 = 0;
        double sum1 = ((ISgdSequence<float>)generated).TrainSequence(inputs, targets, order, schedule, ref k1, CancellationToken.None);
        double sum2 = SgdSequence.Run<float>(new DefaultOnly(viaDefault), inputs, targets, order, schedule, ref k2, CancellationToken.None);
        Assert.Equal(order.Length, k1);
        Assert.Equal(k1, k2);
        Assert.Equal(sum2, sum1);
        Assert.Equal(viaDefault.Parameters.ToArray(), generated.Parameters.ToArray());
    }

    /// <summary>A hand-written INetwork: forwards every member, and is no ISgdSequence, so Fit runs the interface loop.</summary>
    private sealed class DefaultOnly(INetwork<float> inner) : INetwork<float>
    {
        public int InputSize => inner.InputSize;

        public int OutputSize => inner.OutputSize;

        public int ParameterCount => inner.ParameterCount;

        public int TargetSize => inner.TargetSize;

        public Loss LossFunction => inner.LossFunction;

        public NetworkTopology Topology => inner.Topology;

        public Span<float> Parameters => inner.Parameters;

        public void InitializeParameters(int seed) => inner.InitializeParameters(seed);

        public void Forward(ReadOnlySpan<float> input, Span<float> output) => inner.Forward(input, output);

        public void ForwardBatch(ReadOnlySpan<float> inputs, Span<float> outputs) => inner.ForwardBatch(inputs, outputs);

        public float ComputeLoss(ReadOnlySpan<float> input, ReadOnlySpan<float> target) => inner.ComputeLoss(input, target);

        public float AccumulateGradient(ReadOnlySpan<float> input, ReadOnlySpan<float> target, Span<float> gradient) => inner.AccumulateGradient(input, target, gradient);

        public float TrainStep(ReadOnlySpan<float> input, ReadOnlySpan<float> target, float learningRate) => inner.TrainStep(input, target, learningRate);
    }

    /// <summary>A constant 0.1 that cancels its token when asked for the rate of update <c>cancelAt</c>.</summary>
    private sealed class CancellingSchedule(CancellationTokenSource source, long cancelAt) : LearningRateSchedule
    {
        public override double Rate(long step)
        {
            if (step == cancelAt)
            {
                source.Cancel();
            }

            return 0.1;
        }
    }
}
