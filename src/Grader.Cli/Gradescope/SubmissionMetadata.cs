using System.Text.Json;
using Grader.Courses;

namespace Grader.Cli.Gradescope;

/// <summary>
/// What Gradescope's <c>/autograder/submission_metadata.json</c> says of who submitted: its
/// <c>users</c> (name, email, id; several for a group submission). Everything else in it (previous
/// submissions, the assignment) is left unread.
/// </summary>
internal sealed record SubmissionMetadata(IReadOnlyList<SubmissionMetadata.User> Users)
{
    /// <summary>Larger than any real file: it holds every previous submission's results.</summary>
    private const long MaxBytes = 64L << 20;

    internal sealed record User(string Name, string Email, string? Id);

    /// <summary>The submission's name in reports: its submitters, "Name &lt;email&gt;", comma-separated; null without any.</summary>
    public string? Name => Users.Count == 0
        ? null
        : string.Join(", ", Users.Select(u => u.Email.Length > 0 ? $"{u.Name} <{u.Email}>" : u.Name));

    /// <summary>The first submitter the roster knows, by email, the email's local part (a login), name or Gradescope id.</summary>
    public RosterStudent? OwnerIn(Course? course) =>
        course is null
            ? null
            : Users.SelectMany(Candidates).Select(course.OwnerOf).FirstOrDefault(student => student is not null);

    private static IEnumerable<string> Candidates(User user)
    {
        if (user.Email.Length > 0)
        {
            yield return user.Email;
            yield return user.Email.Split('@')[0];
        }

        if (user.Name.Length > 0)
        {
            yield return user.Name;
        }

        if (user.Id is not null)
        {
            yield return user.Id;
        }
    }

    /// <summary>Reads the file; a missing or malformed one is reported on standard error and graded without (null).</summary>
    public static SubmissionMetadata? Read(CliContext context, string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                context.Error.WriteLine(CliMessages.NoGradescopeMetadata(path));
                return null;
            }

            if (new FileInfo(path).Length > MaxBytes)
            {
                context.Error.WriteLine(CliMessages.BadGradescopeMetadata(path, null, "larger than 64 MiB"));
                return null;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 256 });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("users", out var users) || users.ValueKind != JsonValueKind.Array)
            {
                context.Error.WriteLine(CliMessages.BadGradescopeMetadata(path, null, "no \"users\" array"));
                return null;
            }

            return new SubmissionMetadata([.. users.EnumerateArray().Where(u => u.ValueKind == JsonValueKind.Object).Select(u => new User(
                Text(u, "name") ?? "", Text(u, "email") ?? "", Text(u, "id")))]);
        }
        catch (JsonException e)
        {
            context.Error.WriteLine(CliMessages.BadGradescopeMetadata(path, e.LineNumber + 1, e.Message));
            return null;
        }
    }

    private static string? Text(JsonElement user, string name) =>
        user.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
