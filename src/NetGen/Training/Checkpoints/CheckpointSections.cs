using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Numerics;
using System.Text;
using NetGen.Persistence;
using NetGen.Training.Optimizers;

namespace NetGen.Training.Checkpoints;

/// <summary>
/// The payloads of a checkpoint's two ancillary sections, byte by byte as docs/persistence.md lays them out: optm (the
/// optimiser: kind, hyperparameters, state) and trng (epoch, k, shuffle state and order, early-stopping bookkeeping and
/// the run's settings). All numbers little-endian; vectors in the file's element type, in Parameters order.
/// </summary>
internal static class CheckpointSections
{
    private const string OptimizerName = "optm";
    private const string TrainingName = "trng";

    public static byte[] EncodeOptimizer<T>(TrainingCheckpoint<T> checkpoint, int parameterCount)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        using var buffer = new MemoryStream();

        // BinaryWriter is little-endian on every platform.
        using var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
        writer.Write((uint)checkpoint.OptimizerKind);
        writer.Write((uint)checkpoint.Hyperparameters.Length);
        foreach ((string name, double value) in checkpoint.Hyperparameters)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(name);
            writer.Write((ushort)utf8.Length);
            writer.Write(utf8);
            writer.Write(value);
        }

        writer.Write((uint)checkpoint.OptimizerScalars.Length);
        foreach (double scalar in checkpoint.OptimizerScalars)
        {
            writer.Write(scalar);
        }

        writer.Write((uint)checkpoint.OptimizerVectors.Length);
        writer.Write((uint)parameterCount);
        foreach (T[] vector in checkpoint.OptimizerVectors)
        {
            WriteValues<T>(writer, vector);
        }

        writer.Flush();
        return buffer.ToArray();
    }

    public static byte[] EncodeTraining<T>(TrainingCheckpoint<T> checkpoint)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
        RunSettings settings = checkpoint.Settings;
        writer.Write((uint)checkpoint.Epoch);
        writer.Write((ulong)checkpoint.Updates);
        writer.Write(checkpoint.ShuffleState);
        writer.Write((uint)checkpoint.BestEpoch);
        writer.Write(checkpoint.BestValidationLoss);
        writer.Write((uint)settings.Rows);
        writer.Write((uint)settings.ValidationRows);
        writer.Write((uint)settings.BatchSize);
        writer.Write(settings.Shuffle ? 1u : 0u);
        writer.Write(settings.Seed);
        writer.Write(settings.WeightDecay);

        // 0 stands for "none": both must otherwise be positive.
        writer.Write(settings.MaxGradientNorm ?? 0);
        writer.Write((uint)(settings.Patience ?? 0));
        foreach (int row in checkpoint.Order)
        {
            writer.Write((uint)row);
        }

        T[]? best = checkpoint.BestParameters;
        writer.Write((uint)(best?.Length ?? 0));
        if (best is not null)
        {
            WriteValues<T>(writer, best);
        }

        writer.Flush();
        return buffer.ToArray();
    }

    /// <summary>
    /// Finds and decodes both sections of a weight file that has already passed the format's checks. Checks each field's
    /// range (a well-formed file from a faulty writer), not whether it fits a run: <see cref="CheckpointFile"/> does that.
    /// </summary>
    public static TrainingCheckpoint<T> Decode<T>(WeightFileContents contents)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlyMemory<byte>? optimizer = Find(contents, WeightFileFormat.OptimizerTag, OptimizerName);
        ReadOnlyMemory<byte>? training = Find(contents, WeightFileFormat.TrainingTag, TrainingName);
        if (optimizer is null && training is null)
        {
            throw new WeightFileException(
                WeightFileError.NotACheckpoint,
                "The file is a weight file but not a checkpoint: it has no 'optm' or 'trng' section, so it holds weights but not the optimiser state and epoch to resume training from. Save checkpoints with FitOptions.Checkpoint; to start a new run from these weights, Load them and call Fit without ResumeFrom.");
        }

        if (optimizer is null || training is null)
        {
            throw new WeightFileException(
                WeightFileError.Malformed,
                $"The checkpoint has a '{(optimizer is null ? TrainingName : OptimizerName)}' section but no '{(optimizer is null ? OptimizerName : TrainingName)}' section.");
        }

        int parameterCount = contents.ParameterCount;
        var optm = new SectionReader(optimizer.Value.Span, OptimizerName);
        uint kind = optm.UInt32("optimiser kind");
        if (!Enum.IsDefined((OptimizerKind)kind))
        {
            throw optm.Malformed(Invariant($"names the unknown optimiser kind {kind}"));
        }

        uint hyperparameterCount = optm.UInt32("hyperparameter count");
        var hyperparameters = new List<(string, double)>();
        for (uint i = 0; i < hyperparameterCount; i++)
        {
            ushort nameLength = optm.UInt16("hyperparameter name length");
            string name = DecodeName(optm.Bytes(nameLength, "hyperparameter name"), ref optm);
            hyperparameters.Add((name, optm.Float64("hyperparameter value")));
        }

        uint scalarCount = optm.UInt32("scalar count");
        var scalars = new List<double>();
        for (uint i = 0; i < scalarCount; i++)
        {
            double scalar = optm.Float64("state scalar");
            if (!double.IsFinite(scalar))
            {
                throw optm.Malformed(Invariant($"holds the non-finite state scalar {scalar}"));
            }

            scalars.Add(scalar);
        }

        uint vectorCount = optm.UInt32("vector count");
        uint vectorLength = optm.UInt32("vector length");
        if (vectorLength != parameterCount)
        {
            throw optm.Malformed(Invariant($"has state vectors of {vectorLength} values, but the network has {parameterCount} parameters"));
        }

        var vectors = new List<T[]>();
        for (uint i = 0; i < vectorCount; i++)
        {
            vectors.Add(ReadValues<T>(ref optm, parameterCount, "state vector"));
        }

        optm.End();

        var trng = new SectionReader(training.Value.Span, TrainingName);
        uint epoch = trng.UInt32("epoch");
        ulong updates = trng.UInt64("update count");
        ulong shuffleState = trng.UInt64("shuffle state");
        uint bestEpoch = trng.UInt32("best epoch");
        double bestValidationLoss = trng.Float64("best validation loss");
        uint rows = trng.UInt32("training row count");
        uint validationRows = trng.UInt32("validation row count");
        uint batchSize = trng.UInt32("batch size");
        uint shuffle = trng.UInt32("shuffle flag");
        int seed = (int)trng.UInt32("seed");
        double weightDecay = trng.Float64("weight decay");
        double maxGradientNorm = trng.Float64("maximum gradient norm");
        uint patience = trng.UInt32("patience");
        if (epoch is 0 or > int.MaxValue || updates > long.MaxValue || bestEpoch > epoch || rows is 0 or > int.MaxValue
            || validationRows > int.MaxValue || batchSize is 0 or > int.MaxValue || shuffle > 1 || patience > int.MaxValue
            || !(weightDecay >= 0) || double.IsInfinity(weightDecay) || !(maxGradientNorm >= 0) || double.IsInfinity(maxGradientNorm)
            || double.IsNaN(bestValidationLoss))
        {
            throw trng.Malformed(Invariant(
                $"holds values no run has (epoch {epoch}, k {updates}, best epoch {bestEpoch}, {rows} rows, {validationRows} validation rows, batch size {batchSize}, shuffle {shuffle}, weight decay {weightDecay}, maximum gradient norm {maxGradientNorm}, patience {patience}, best validation loss {bestValidationLoss})"));
        }

        int[] order = ReadOrder(ref trng, (int)rows);
        uint bestCount = trng.UInt32("best parameter count");
        if (bestCount != 0 && bestCount != parameterCount)
        {
            throw trng.Malformed(Invariant($"holds {bestCount} best parameters, but the network has {parameterCount}"));
        }

        T[]? best = bestCount == 0 ? null : ReadValues<T>(ref trng, parameterCount, "best parameters");
        trng.End();

        return new TrainingCheckpoint<T>
        {
            OptimizerKind = (OptimizerKind)kind,
            Hyperparameters = hyperparameters.ToArray(),
            OptimizerScalars = scalars.ToArray(),
            OptimizerVectors = vectors.ToArray(),
            Epoch = (int)epoch,
            Updates = (long)updates,
            ShuffleState = shuffleState,
            Order = order,
            BestEpoch = (int)bestEpoch,
            BestValidationLoss = bestValidationLoss,
            BestParameters = best,
            Settings = new RunSettings(
                (int)rows,
                (int)validationRows,
                (int)batchSize,
                shuffle == 1,
                seed,
                weightDecay,
                maxGradientNorm == 0 ? null : maxGradientNorm,
                patience == 0 ? null : (int)patience),
        };
    }

    /// <summary>"Adam (beta1 0.9, beta2 0.999, epsilon 1E-08)": the same words for the stored and the requested optimiser.</summary>
    public static string DescribeOptimizer(OptimizerKind kind, (string Name, double Value)[] hyperparameters)
    {
        var text = new StringBuilder(kind.ToString());
        for (int i = 0; i < hyperparameters.Length; i++)
        {
            text.Append(i == 0 ? " (" : ", ").Append(hyperparameters[i].Name).Append(' ')
                .Append(hyperparameters[i].Value.ToString("R", CultureInfo.InvariantCulture));
        }

        return hyperparameters.Length == 0 ? text.ToString() : text.Append(')').ToString();
    }

    private static ReadOnlyMemory<byte>? Find(WeightFileContents contents, uint tag, string name)
    {
        ReadOnlyMemory<byte>? found = null;
        foreach (AncillarySection section in contents.AncillarySections)
        {
            if (section.Tag == tag)
            {
                found = found is null
                    ? section.Payload
                    : throw new WeightFileException(WeightFileError.Malformed, $"The checkpoint has more than one '{name}' section.");
            }
        }

        return found;
    }

    private static string DecodeName(ReadOnlySpan<byte> utf8, ref SectionReader reader)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(utf8);
        }
        catch (ArgumentException)
        {
            throw reader.Malformed("has a hyperparameter name that is not UTF-8");
        }
    }

    private static int[] ReadOrder(ref SectionReader reader, int rows)
    {
        var order = new int[rows];
        var seen = new bool[rows];
        for (int i = 0; i < rows; i++)
        {
            uint row = reader.UInt32("sample order");
            if (row >= (uint)rows || seen[row])
            {
                throw reader.Malformed(Invariant($"has a sample order that is not a permutation of the {rows} rows (position {i} holds {row})"));
            }

            seen[row] = true;
            order[i] = (int)row;
        }

        return order;
    }

    private static T[] ReadValues<T>(ref SectionReader reader, int count, string field)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int elementSize = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        var values = new T[count];
        ParameterCodec.Decode(reader.Bytes((long)count * elementSize, field), values.AsSpan());
        foreach (T value in values)
        {
            if (!T.IsFinite(value))
            {
                throw reader.Malformed($"holds {value} in its {field}; a checkpoint is only saved from finite values");
            }
        }

        return values;
    }

    private static void WriteValues<T>(BinaryWriter writer, T[] values)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        byte[] bytes = new byte[values.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()];
        ParameterCodec.Encode<T>(values, bytes);
        writer.Write(bytes);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
