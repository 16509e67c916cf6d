using NewsSite.Web.Commands;
using NewsSite.Web.Import;

namespace NewsSite.Web.Tests;

public class ImportCommandTests
{
    [Fact]
    public void Write_Report_PrintsALinePerFileAndTheTotals()
    {
        var report = new ImportReport(
            [
                new ImportFileResult("a.txt", ImportOutcome.Added, "/world/a"),
                new ImportFileResult("bb.txt", ImportOutcome.Unchanged, "/world/bb"),
                new ImportFileResult("c.txt", ImportOutcome.Failed, Error: "line 3: 31 February 2021 is not a date"),
            ],
            TimeSpan.FromMilliseconds(1234));
        var output = new StringWriter { NewLine = "\n" };

        ImportCommand.Write(report, output);

        Assert.Equal(
            """
            added     a.txt   /world/a
            unchanged bb.txt  /world/bb
            failed    c.txt   line 3: 31 February 2021 is not a date
            3 files: 1 added, 0 updated, 1 unchanged, 0 withdrawn, 0 restored, 1 failed in 1.23 s

            """,
            output.ToString());
    }
}
