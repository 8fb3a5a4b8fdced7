using System.Security.Cryptography;
using System.Text;
using Grader.Courses;

namespace Grader.Cli.Commands;

/// <summary>
/// The variants <c>verify --variants N</c> checks: every roster student's (they are the ones handed
/// out), then sampled ones up to N, drawn with the course's salt (or a fixed one without a course,
/// so a failure is reproducible).
/// </summary>
internal static class VariantSeeds
{
    private static readonly byte[] SampleSalt = SHA256.HashData(Encoding.UTF8.GetBytes("grader verify --variants"));

    public static Func<string, IReadOnlyList<(string Name, int Seed)>> For(Course? course, int samples)
    {
        var drawing = course ?? new Course("<samples>", SampleSalt, []);
        return problemId =>
        [
            .. drawing.Students.Select(s => (s.Id, drawing.VariantSeed(s.Id, problemId))),
            .. Enumerable.Range(1, samples).Select(k => ($"sample {k}", drawing.VariantSeed($"\0sample-{k}", problemId))),
        ];
    }
}
