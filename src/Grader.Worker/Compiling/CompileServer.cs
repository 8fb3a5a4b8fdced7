using System.Text.Json;
using Grader.Worker.Protocol;

namespace Grader.Worker.Compiling;

/// <summary>
/// The worker's compile role: answers one <see cref="CompileRequest"/> after another until its input
/// ends. It never runs the code it compiles; the grader bounds it in time and address space and
/// replaces it after any breach, so a hostile source costs only its own submission.
/// </summary>
internal sealed class CompileServer(Stream input, Stream output)
{
    // A submission's sources may together exceed the run protocol's frame size; the memory limit bounds them.
    private const int MaxRequestBytes = 256 << 20;

    public int Run()
    {
        Frame.Write(output, """{"op":"ready"}"""u8.ToArray());
        while (Frame.ReadBody(input, MaxRequestBytes) is { } body)
        {
            var request = JsonSerializer.Deserialize(body, CompileJson.Default.CompileRequest)!;
            CompileReply reply;
            try
            {
                reply = SubmissionCompiler.Compile(request.Files);
            }
            catch (OutOfMemoryException)
            {
                reply = new CompileReply(null, [], [], OutOfMemory: true);
            }
            catch (InsufficientExecutionStackException)
            {
                // Roslyn's own guard against nesting too deep to bind: an error of the source, not of ours.
                reply = new CompileReply(null, [], [new CompileIssue(request.Files[0].Path, 1, 1, "the code is nested too deeply to compile")]);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                reply = new CompileReply(null, [], [.. request.Files.Select(f => new CompileIssue(f.Path, 1, 1, $"the compiler failed on these files ({error.GetType().Name})"))]);
            }

            Frame.Write(output, JsonSerializer.SerializeToUtf8Bytes(reply, CompileJson.Default.CompileReply));
            if (reply.OutOfMemory)
            {
                // Whatever Roslyn held when it failed is not worth trusting with the next submission.
                return 0;
            }
        }

        return 0;
    }
}
