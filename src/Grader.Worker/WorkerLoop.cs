using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Grader.Worker.Protocol;

namespace Grader.Worker;

/// <summary>
/// Serves one problem: load the submission's method, answer calls, stop at "end". It reports what
/// happened as a kind and its particulars; the grader writes the sentences.
/// </summary>
internal sealed class WorkerLoop(Stream input, Stream output, BoundedWriter capture)
{
    private MethodInfo? _method;
    private List<(string Name, bool IsList)> _outputs = [];

    public int Run()
    {
        Send(new WorkerReport("ready"));
        while (Frame.ReadBody(input) is { } body)
        {
            var request = JsonSerializer.Deserialize(body, ProblemJson.Default.WorkerRequest)!;
            switch (request.Op)
            {
                case "load":
                    Send(Load(request));
                    break;
                case "call":
                    Send(Call(request));
                    break;
                case "end":
                    Send(new WorkerReport("ended"));
                    return 0;
            }
        }

        return 0;
    }

    private void Send(WorkerReport report) => Frame.Write(output, JsonSerializer.SerializeToUtf8Bytes(report, ProblemJson.Default.WorkerReport));

    private WorkerReport Load(WorkerRequest request)
    {
        capture.Limit = request.Limits!.OutputBytes;
        _outputs = [.. request.Outputs!.Select(o => (o.Name, o.IsList))];
        try
        {
            var assembly = Assembly.LoadFrom(request.Assembly!);
            var type = assembly.GetType(request.Type!, throwOnError: true)!;
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            _method = type.GetMethods(BindingFlags.Public | BindingFlags.Static).First(m => m.Name == request.Function);
            return new WorkerReport("loaded", Stdout: capture.Take());
        }
        catch (Exception error)
        {
            var inner = error is TypeInitializationException { InnerException: { } cause } ? cause : error;
            return Classify(inner) with { Op = "load-error", During = "load", Traceback = inner.ToString(), Stdout = capture.Take() };
        }
    }

    private WorkerReport Call(WorkerRequest request)
    {
        var watch = Stopwatch.StartNew();
        WorkerReport reply;
        try
        {
            var args = ArgumentBinder.Bind(_method!.GetParameters(), request.Args!);
            var result = _method.Invoke(null, args);
            var (values, problems) = OutputBinder.Bind(result, _outputs);
            reply = new WorkerReport(
                "result", problems.Count > 0 ? "badReturn" : "returned",
                Outputs: JsonSerializer.SerializeToElement(values, ProblemJson.Default.JsonNode), Problems: problems);
        }
        catch (Exception error)
        {
            var inner = error is TargetInvocationException { InnerException: { } cause } ? cause : error;
            reply = Classify(inner) with { Traceback = inner.ToString() };
        }

        if (capture.Overflowed)
        {
            reply = new WorkerReport("result", "outputLimit");
        }

        return reply with { Stdout = capture.Take(), Seconds = watch.Elapsed.TotalSeconds };
    }

    private static WorkerReport Classify(Exception error) => error switch
    {
        OutOfMemoryException => new("result", "memoryLimit"),
        System.ComponentModel.Win32Exception { NativeErrorCode: 11 } => new("result", "processLimit"),
        _ => new("result", "exception", Error: error.GetType().Name, Text: error.Message),
    };
}
