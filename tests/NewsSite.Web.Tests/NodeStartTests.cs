using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace NewsSite.Web.Tests;

/// <summary>Web nodes, each a process of its own, started at the same moment on a new PostgreSQL database, as a deployment does.</summary>
public sealed class NodeStartTests : IDisposable
{
    private readonly NewsSiteFactory _site = new(); // its store and seeds folder; never started itself
    private readonly List<Process> _nodes = [];

    [PostgresFact]
    public async Task NodesStartingTogetherOnANewDatabase_MigrateOnceImportOnceAndAllAnswerHealthy()
    {
        var addresses = Enumerable.Range(0, 3).Select(_ => new Uri($"http://127.0.0.1:{FreePort()}")).ToList();

        foreach (var address in addresses)
        {
            _nodes.Add(StartNode(address));
        }

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        foreach (var (address, node) in addresses.Zip(_nodes))
        {
            Assert.Equal("Healthy", await HealthOnceStartedAsync(client, address, node));
        }

        Assert.Equal(1L, await CountAsync("Articles"));
        Assert.Equal(1L, await CountAsync("ImportRuns"));
    }

    public void Dispose()
    {
        foreach (var node in _nodes)
        {
            node.Kill(entireProcessTree: true);
            node.WaitForExit();
            node.Dispose();
        }

        _site.Dispose();
    }

    private Process StartNode(Uri address)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsSite.Web.dll"), "--urls", address.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Database__Provider"] = _site.Store.Provider,
                ["ConnectionStrings__News"] = _site.Store.ConnectionString,
                ["Import__SeedsPath"] = _site.SeedsFolder,
                ["Serilog__MinimumLevel__Default"] = "Warning",
            },
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    private static async Task<string> HealthOnceStartedAsync(HttpClient client, Uri address, Process node)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (node.HasExited)
            {
                Assert.Fail($"The node on {address} stopped (exit {node.ExitCode}): {await node.StandardError.ReadToEndAsync()}");
            }

            try
            {
                return await client.GetStringAsync(new Uri(address, "/healthz"));
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100); // not listening yet: still migrating or importing
            }
        }

        throw new TimeoutException($"The node on {address} did not answer within a minute.");
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = new NpgsqlConnection(_site.Store.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM \"{table}\"", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
