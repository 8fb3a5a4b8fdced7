using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace Grader.Worker;

/// <summary>Serves one problem: load the submission's method, answer calls, stop at "end".</summary>
internal sealed class WorkerLoop(Stream input, Stream output, BoundedWriter capture)
{
    private MethodInfo? _method;
    private List<(string Name, bool IsList)> _outputs = [];
    private JsonObject _limits = [];

    public int Run()
    {
        Frames.Write(output, new JsonObject { ["op"] = "ready" });
        while (Frames.Read(input) is { } request)
        {
            switch (request["op"]?.GetValue<string>())
            {
                case "load":
                    Frames.Write(output, Load(request));
                    break;
                case "call":
                    Frames.Write(output, Call(request));
                    break;
                case "end":
                    Frames.Write(output, new JsonObject { ["op"] = "ended" });
                    return 0;
            }
        }

        return 0;
    }

    private JsonObject Load(JsonNode request)
    {
        _limits = request["limits"]!.AsObject();
        capture.Limit = _limits["outputBytes"]!.GetValue<long>();
        _outputs = [.. request["outputs"]!.AsArray().Select(o => (o!["name"]!.GetValue<string>(), o["isList"]!.GetValue<bool>()))];
        var name = request["function"]!.GetValue<string>();
        try
        {
            var assembly = Assembly.LoadFrom(request["assembly"]!.GetValue<string>());
            var type = assembly.GetType(request["type"]!.GetValue<string>(), throwOnError: true)!;
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            _method = type.GetMethods(BindingFlags.Public | BindingFlags.Static).First(m => m.Name == name);
            return new JsonObject { ["op"] = "loaded", ["stdout"] = capture.Take() };
        }
        catch (Exception error)
        {
            var inner = error is TypeInitializationException { InnerException: { } cause } ? cause : error;
            var (kind, message) = Classify(inner);
            return new JsonObject
            {
                ["op"] = "load-error", ["outcome"] = kind, ["message"] = message + " while loading", ["traceback"] = inner.ToString(),
                ["stdout"] = capture.Take(),
            };
        }
    }

    private JsonObject Call(JsonNode request)
    {
        var watch = Stopwatch.StartNew();
        JsonObject reply;
        try
        {
            var args = ArgumentBinder.Bind(_method!.GetParameters(), request["args"]!.AsArray());
            var result = _method.Invoke(null, args);
            var (values, problems) = OutputBinder.Bind(result, _outputs);
            reply = new JsonObject
            {
                ["outcome"] = problems.Count > 0 ? "bad-return" : "returned",
                ["outputs"] = values,
                ["problems"] = new JsonArray([.. problems.Select(p => (JsonNode)p)]),
            };
        }
        catch (Exception error)
        {
            var inner = error is TargetInvocationException { InnerException: { } cause } ? cause : error;
            var (kind, message) = Classify(inner);
            reply = new JsonObject { ["outcome"] = kind, ["message"] = message, ["traceback"] = inner.ToString() };
        }

        if (capture.Overflowed)
        {
            reply = new JsonObject
            {
                ["outcome"] = "output",
                ["message"] = $"printed more than the {_limits["outputText"]} output limit in {request["where"]}",
            };
        }

        reply["op"] = "result";
        reply["stdout"] = capture.Take();
        reply["seconds"] = watch.Elapsed.TotalSeconds;
        return reply;
    }

    private (string Kind, string Message) Classify(Exception error) => error switch
    {
        OutOfMemoryException =>
            ("memory", $"exceeded the {_limits["memoryText"]} memory limit"),
        System.ComponentModel.Win32Exception { NativeErrorCode: 11 } =>
            ("processes", $"hit the limit of {_limits["processes"]} processes"),
        _ => ("exception", $"raised {error.GetType().Name}: {error.Message}"),
    };
}
