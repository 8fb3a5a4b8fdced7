using System.Diagnostics;
using Grader.Running;
using Grader.Running.Python;
using Grader.Running.Sandboxing;

namespace Grader.Core.Tests.Running.Python;

/// <summary>
/// The grader verifies what a server says when a submission is closed (<c>PythonServers</c>): a
/// server is reused only if it answers "closed" with the token of the submission it was given. The
/// servers here are scripted stand-ins speaking the protocol, so each answer can be forged exactly.
/// </summary>
[TestFixture]
internal sealed class ServerAnswerTests
{
    /// <summary>A stand-in server: "ready", "opened" for open, and for close whatever ANSWER says.</summary>
    private const string Script = """
        import json, os, struct, sys
        def read():
            head = os.read(0, 4)
            if len(head) < 4:
                sys.exit(0)
            (n,) = struct.unpack('>I', head)
            body = b''
            while len(body) < n:
                body += os.read(0, n - len(body))
            return body
        def send(m):
            body = json.dumps(m).encode()
            os.write(1, struct.pack('>I', len(body)) + body)
        send({'op': 'ready'})
        token = None
        while True:
            body = read()
            if body == b'{"op":"close"}':
                for m in ANSWER(token):
                    send(m)
                continue
            m = json.loads(body)
            if m['op'] == 'next':
                token = m['token']
            elif m['op'] == 'open':
                send({'op': 'opened'})
        """;

    [TestCase("lambda token: [{'op': 'closed', 'token': token, 'clean': True}]", true, TestName = "Return_ClosedWithTheSubmissionsToken_Reused")]
    [TestCase("lambda token: [{'op': 'result', 'outcome': 'returned'}, {'op': 'ended'}, {'op': 'closed', 'token': token, 'clean': True}]", true,
        TestName = "Return_FramesOfACutShortProblemThenClosed_Reused")]
    [TestCase("lambda token: [{'op': 'closed', 'token': 'f' * 32, 'clean': True}]", false, TestName = "Return_ClosedWithAnotherToken_Discarded")]
    [TestCase("lambda token: [{'op': 'closed', 'clean': True}]", false, TestName = "Return_ClosedWithoutAToken_Discarded")]
    [TestCase("lambda token: [{'op': 'closed', 'token': token, 'clean': False}]", false, TestName = "Return_ClosedNotClean_Discarded")]
    [TestCase("lambda token: [{'op': 'closed', 'token': 'f' * 32, 'clean': True}, {'op': 'closed', 'token': token, 'clean': True}]", false,
        TestName = "Return_ForgedClosedBeforeTheRealOne_Discarded")]
    [TestCase("lambda token: []", false, TestName = "Return_NoAnswer_Discarded")]
    public async Task Return_Answer_ReusedOnlyForTheSubmissionsToken(string answer, bool reused)
    {
        // Given a server that was given a submission
        using var servers = new PythonServers(new Sandbox(new SandboxOptions(Enabled: false)), capacity: 2);
        var server = Start(answer);
        var token = await PythonServers.OpenAsync(server, new Dictionary<string, string>(), bound: false, null, new HashSet<string>(), CancellationToken.None);

        // When the submission is closed
        servers.Return(server, token, null);
        await servers.Returned;

        // Then the server is idle again only if it answered for that submission
        Assert.That(servers.IdleCount, Is.EqualTo(reused ? 1 : 0));
        if (reused)
        {
            Assert.That(await servers.CheckOutAsync(new HashSet<string>(), CancellationToken.None), Is.SameAs(server));
            server.Dispose();
        }
    }

    private static WorkerProcess Start(string answer)
    {
        var start = new ProcessStartInfo("/usr/bin/python3");
        foreach (var argument in new[] { "-I", "-c", $"ANSWER = {answer}\n" + Script })
        {
            start.ArgumentList.Add(argument);
        }

        var worker = WorkerProcess.Start(start, 1L << 20);
        var ready = worker.ExchangeAsync((System.Text.Json.Nodes.JsonNode?)null, TimeSpan.FromSeconds(30), CancellationToken.None).GetAwaiter().GetResult();
        Assert.That(ready.Message, Is.Not.Null, ready.Diagnostics);
        return worker;
    }
}
