using System.Text;
using System.Text.Json;
using Grader.Reference;
using Grader.Values;

namespace Grader.Verification;

/// <summary>
/// The frozen reference of a problem, <c>problems/&lt;id&gt;.verified.json</c> beside its spec
/// (Verify's naming): every case's inputs and reference outputs. A run whose reference differs
/// writes <c>&lt;id&gt;.received.json</c> and shows a diff; <c>grader approve</c> accepts it.
/// </summary>
public static class ReferenceSnapshot
{
    /// <summary>Relative difference below which two snapshot numbers are the same (last-ulp noise of libm).</summary>
    private const double SameNumber = 1e-12;

    public static string VerifiedPath(string specPath) => Path.ChangeExtension(specPath, null) + ".verified.json";

    public static string ReceivedPath(string specPath) => Path.ChangeExtension(specPath, null) + ".received.json";

    public static string Serialize(ProblemSolution solution)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("problem", solution.Id);
            writer.WriteStartArray("cases");
            foreach (var solved in solution.Cases)
            {
                writer.WriteStartObject();
                writer.WriteString("name", solved.Case.Name);
                writer.WriteBoolean("hidden", solved.Case.Hidden);
                ValueJson.WriteObject(writer, "inputs", solved.Case.Inputs);
                ValueJson.WriteObject(writer, "outputs", solved.Expected);
                var kinked = solved.Expected.Keys.Where(k => !ValueMath.Entries(solved.Lower[k]).SequenceEqual(ValueMath.Entries(solved.Upper[k]))).ToList();
                if (kinked.Count > 0)
                {
                    ValueJson.WriteObject(writer, "lower", kinked.ToDictionary(k => k, k => solved.Lower[k]));
                    ValueJson.WriteObject(writer, "upper", kinked.ToDictionary(k => k, k => solved.Upper[k]));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Compares the current reference with the verified file; writes the received file when they differ.</summary>
    public static SnapshotOutcome Check(ProblemSolution solution, string specPath)
    {
        var received = Serialize(solution);
        var verifiedPath = VerifiedPath(specPath);
        var receivedPath = ReceivedPath(specPath);
        File.Delete(receivedPath);
        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, received);
            return new SnapshotOutcome(SnapshotState.Missing, verifiedPath, receivedPath, null);
        }

        var verified = File.ReadAllText(verifiedPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (verified == received || SameNumbers(verified, received))
        {
            return new SnapshotOutcome(SnapshotState.Equal, verifiedPath, null, null);
        }

        File.WriteAllText(receivedPath, received);
        return new SnapshotOutcome(SnapshotState.Changed, verifiedPath, receivedPath, LineDiff.Render(verified, received));
    }

    public static void Approve(ProblemSolution solution, string specPath)
    {
        File.WriteAllText(VerifiedPath(specPath), Serialize(solution));
        File.Delete(ReceivedPath(specPath));
    }

    private static bool SameNumbers(string a, string b)
    {
        try
        {
            using var x = JsonDocument.Parse(a);
            using var y = JsonDocument.Parse(b);
            return Same(x.RootElement, y.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool Same(JsonElement x, JsonElement y)
    {
        if (x.ValueKind != y.ValueKind)
        {
            return false;
        }

        switch (x.ValueKind)
        {
            case JsonValueKind.Number:
                var (p, q) = (x.GetDouble(), y.GetDouble());
                return p == q || Math.Abs(p - q) <= SameNumber * Math.Max(Math.Abs(p), Math.Abs(q));
            case JsonValueKind.Array:
                return x.GetArrayLength() == y.GetArrayLength() && x.EnumerateArray().Zip(y.EnumerateArray()).All(t => Same(t.First, t.Second));
            case JsonValueKind.Object:
                var xs = x.EnumerateObject().ToList();
                var ys = y.EnumerateObject().ToList();
                return xs.Count == ys.Count && xs.Zip(ys).All(t => t.First.Name == t.Second.Name && Same(t.First.Value, t.Second.Value));
            default:
                return x.GetRawText() == y.GetRawText();
        }
    }
}
