using NewsSite.Web.Caching;

namespace NewsSite.Web.Tests;

/// <summary>Every caller gets the answer of a check that began after it asked; callers that wait together share one.</summary>
public class SharedCheckTests
{
    private readonly List<TaskCompletionSource<int>> _runs = [];

    private SharedCheck<int> NewCheck() => new(() =>
    {
        var run = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_runs)
        {
            _runs.Add(run);
        }

        return run.Task;
    });

    [Fact]
    public async Task CallerArrivingDuringARun_GetsTheNextRunNotTheOneUnderWay()
    {
        var check = NewCheck();
        var first = check.RunAsync();
        await WaitForRunsAsync(1);

        var second = check.RunAsync(); // the store may have changed since run 1 began
        _runs[0].SetResult(1);

        Assert.Equal(1, await first);
        await WaitForRunsAsync(2);
        Assert.False(second.IsCompleted);
        _runs[1].SetResult(2);
        Assert.Equal(2, await second);
    }

    [Fact]
    public async Task CallersArrivingDuringOneRun_ShareTheNextRun()
    {
        var check = NewCheck();
        var first = check.RunAsync();
        await WaitForRunsAsync(1);

        var waiting = Enumerable.Range(0, 50).Select(_ => check.RunAsync()).ToList();
        _runs[0].SetResult(1);
        await WaitForRunsAsync(2);
        _runs[1].SetResult(2);

        Assert.Equal(1, await first);
        Assert.All(await Task.WhenAll(waiting), answer => Assert.Equal(2, answer));
        Assert.Equal(2, _runs.Count);
    }

    [Fact]
    public async Task FailedRun_FailsItsCallersAndTheNextRunStillHappens()
    {
        var check = NewCheck();
        var first = check.RunAsync();
        await WaitForRunsAsync(1);
        _runs[0].SetException(new TimeoutException("store unreachable"));
        await Assert.ThrowsAsync<TimeoutException>(() => first);

        var second = check.RunAsync();
        await WaitForRunsAsync(2);
        _runs[1].SetResult(2);

        Assert.Equal(2, await second);
    }

    private async Task WaitForRunsAsync(int count)
    {
        for (var i = 0; i < 500; i++)
        {
            lock (_runs)
            {
                if (_runs.Count >= count)
                {
                    Assert.Equal(count, _runs.Count);
                    return;
                }
            }

            await Task.Delay(10);
        }

        Assert.Fail($"Run {count} never began.");
    }
}
