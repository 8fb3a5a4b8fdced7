using System.Globalization;
using System.IO.Compression;
using Grader.Running.Sandboxing;

namespace Grader.Experiments;

/// <summary>
/// A dataset as Debian's python3-sklearn ships it (<c>sklearn/datasets/data/</c>), read by the grader
/// alone: the rows' features and their integer labels.
/// </summary>
public sealed record Dataset(string Name, double[][] Features, int[] Labels)
{
    public int Classes => Labels.Max() + 1;

    public int Dimensions => Features[0].Length;

    /// <summary>Where the datasets are read from; hidden from student code by the sandbox (<see cref="HeldOutData"/>).</summary>
    public static string Folder => HeldOutData.Folder;

    private static readonly Dictionary<string, Dataset> Loaded = [];

    /// <summary>The dataset, read once per process.</summary>
    /// <exception cref="ExperimentUnavailableException">its file is missing or unreadable.</exception>
    public static Dataset Load(string name)
    {
        var folder = Folder;
        lock (Loaded)
        {
            if (Loaded.TryGetValue(folder + "\0" + name, out var known))
            {
                return known;
            }

            var dataset = Read(name, folder);
            Loaded[folder + "\0" + name] = dataset;
            return dataset;
        }
    }

    private static Dataset Read(string name, string folder)
    {
        var (file, header) = name switch
        {
            "digits" => ("digits.csv.gz", false),
            "breast_cancer" => ("breast_cancer.csv", true),
            _ => throw new ArgumentException($"unknown dataset {name}", nameof(name)),
        };
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new ExperimentUnavailableException(ExperimentMessages.DatasetMissing(name, path));
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var text = new StreamReader(file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream);
            var rows = new List<double[]>();
            var labels = new List<int>();
            if (header)
            {
                text.ReadLine(); // "569,30,malignant,benign": counts and class names
            }

            while (text.ReadLine() is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                var cells = line.Split(',');
                rows.Add([.. cells[..^1].Select(c => double.Parse(c, NumberStyles.Float, CultureInfo.InvariantCulture))]);
                labels.Add((int)double.Parse(cells[^1], NumberStyles.Float, CultureInfo.InvariantCulture));
            }

            return rows.Count > 0 && rows.All(r => r.Length == rows[0].Length) && labels.All(l => l >= 0)
                ? new Dataset(name, [.. rows], [.. labels])
                : throw new FormatException("rows of different lengths or negative labels");
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new ExperimentUnavailableException(ExperimentMessages.DatasetUnreadable(name, path, e.Message));
        }
    }
}
