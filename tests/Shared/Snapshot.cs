using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using NUnit.Framework;

namespace Grader.Testing;

/// <summary>
/// Snapshot testing after Verify's conventions: the text is compared with
/// <c>{TestClass}.{TestMethod}.verified.{ext}</c> next to the test file (UTF-8, LF). A missing or
/// different snapshot writes <c>.received.{ext}</c> beside it and fails; accept by renaming the
/// received file to verified, or by running the tests with <c>GRADER_ACCEPT_SNAPSHOTS=1</c>.
/// </summary>
public static partial class Snapshot
{
    public const string AcceptVariable = "GRADER_ACCEPT_SNAPSHOTS";

    /// <summary>Fails the test unless <paramref name="text"/> equals the verified snapshot.</summary>
    /// <param name="typeName">The class part of the name; by default the calling file's name.</param>
    /// <param name="methodName">The method part of the name; by default the calling member (pass one per test case).</param>
    /// <returns>A completed task, so that both <c>Snapshot.Verify(...)</c> and <c>await Snapshot.Verify(...)</c> read well.</returns>
    public static Task Verify(
        string text,
        string extension = "txt",
        string? typeName = null,
        string? methodName = null,
        [CallerFilePath] string file = "",
        [CallerMemberName] string member = "")
    {
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";
        var result = Compare(
            text,
            Path.GetDirectoryName(file) ?? ".",
            $"{typeName ?? Path.GetFileNameWithoutExtension(file)}.{methodName ?? member}",
            extension,
            accept);
        if (result.Message is { } message)
        {
            Assert.Fail(message);
        }

        return Task.CompletedTask;
    }

    /// <summary>The comparison behind <see cref="Verify"/>, without failing the test: what happened and the failure message, if any.</summary>
    internal static SnapshotResult Compare(string text, string directory, string name, string extension, bool accept)
    {
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        File.Delete(received);
        text = NormalizeLineEndings(text);

        if (!File.Exists(verified))
        {
            if (accept)
            {
                Write(verified, text);
                return new SnapshotResult(SnapshotOutcome.Accepted, null);
            }

            Write(received, text);
            return new SnapshotResult(
                SnapshotOutcome.New,
                $"No verified snapshot yet: wrote {received}.\n{HowToAccept(received, verified)}");
        }

        var expected = NormalizeLineEndings(File.ReadAllText(verified, Encoding.UTF8));
        if (expected == text)
        {
            return new SnapshotResult(SnapshotOutcome.Equal, null);
        }

        if (accept)
        {
            Write(verified, text);
            return new SnapshotResult(SnapshotOutcome.Accepted, null);
        }

        Write(received, text);
        return new SnapshotResult(
            SnapshotOutcome.Changed,
            $"The result differs from {verified} (- verified, + received):\n{Diff(expected, text)}\n{HowToAccept(received, verified)}");
    }

    private static string HowToAccept(string received, string verified) =>
        $"To accept it, rename {Path.GetFileName(received)} to {Path.GetFileName(verified)}, "
        + $"or run the tests again with {AcceptVariable}=1.";

    private static string Diff(string expected, string actual)
    {
        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(expected, actual, ignoreWhitespace: false);
        var lines = model.Lines;
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is not ChangeType.Unchanged)
            {
                for (var j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!keep[i])
            {
                continue;
            }

            if (i > 0 && !keep[i - 1])
            {
                builder.Append("  ...\n");
            }

            var marker = lines[i].Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            builder.Append(marker).Append(lines[i].Text).Append('\n');
        }

        return builder.ToString().TrimEnd('\n');
    }

    private static void Write(string path, string text) =>
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static string NormalizeLineEndings(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}

internal enum SnapshotOutcome
{
    Equal,
    New,
    Changed,
    Accepted,
}

internal readonly record struct SnapshotResult(SnapshotOutcome Outcome, string? Message);
