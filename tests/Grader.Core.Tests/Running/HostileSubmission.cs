using System.Security.Cryptography;
using Grader.Running;
using Grader.Submissions;

namespace Grader.Core.Tests.Running;

/// <summary>
/// A submission written by a test into a fresh folder: one hostile file attempting soft-targets
/// next to a correct toy-network, so each test can check the damage stays inside one problem.
/// </summary>
internal sealed class HostileSubmission : IDisposable
{
    private HostileSubmission(string folder) => Folder = folder;

    public string Folder { get; }

    public static HostileSubmission Python(string hostile)
    {
        var submission = new HostileSubmission(Create());
        File.WriteAllText(Path.Combine(submission.Folder, "hostile.py"), "import numpy as np\nimport os, sys, signal, socket, time\n\n" + hostile);
        File.Copy(Problems.Fixture("python-good/solution.py"), Path.Combine(submission.Folder, "good.py"));
        return submission;
    }

    public static HostileSubmission CSharp(string hostileClassBody)
    {
        var submission = new HostileSubmission(Create());
        var source = "using System.Diagnostics;\nusing System.Net.Sockets;\nusing System.Runtime.InteropServices;\n\npublic static class Hostile\n{\n" + hostileClassBody + "\n}\n";
        File.WriteAllText(Path.Combine(submission.Folder, "Hostile.cs"), source);
        File.Copy(Problems.Fixture("csharp-good/Solution.cs"), Path.Combine(submission.Folder, "Good.cs"));
        return submission;
    }

    public Submission Open() => Submission.Open(Folder, Problems.All, Toolchain.Default);

    /// <summary>Names, sizes and contents of every file, to prove the run changed nothing.</summary>
    public string Fingerprint() => string.Join('\n', Directory.EnumerateFileSystemEntries(Folder, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(path => Directory.Exists(path) ? path : path + ":" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))));

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static string Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "grader-hostile-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
