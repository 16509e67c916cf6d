namespace NewsSite.Web.Import;

public sealed partial class SeedUploads
{
    /// <summary>
    /// Imports exactly the bytes the preview showed, once. <paramref name="previewed"/> is what the
    /// preview form sent (<see cref="StagedFile.Previewed"/> of each file): when the staged files are
    /// not those bytes, nothing is imported. A seed created, changed or removed since the upload was
    /// made is replaced only when <paramref name="replace"/> holds <see cref="StagedFile.ReplaceChoice"/>
    /// for it as it is at that moment. The check, the writing and the import run under the import
    /// lock, so no other upload or import comes between. Confirming an upload again (a double click,
    /// two admins) gives the first confirmation's run; on another node while the first still runs, a
    /// refusal that says so. Files that do not parse are never written.
    /// </summary>
    public async Task<UploadConfirmation> ConfirmAsync(
        string token, IReadOnlyCollection<string> previewed, IReadOnlyCollection<string> replace, string confirmedBy, SeedImporter importer, CancellationToken cancellationToken)
    {
        var mine = new TaskCompletionSource<UploadConfirmation>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = _confirming.GetOrAdd(token, mine.Task);
        if (running != mine.Task)
        {
            return await running;
        }

        try
        {
            var confirmation = await ConfirmOnceAsync(token, previewed, replace, confirmedBy, importer, cancellationToken);
            mine.SetResult(confirmation);
            return confirmation;
        }
        catch (Exception ex)
        {
            mine.SetException(ex);
            throw;
        }
        finally
        {
            _confirming.TryRemove(new KeyValuePair<string, Task<UploadConfirmation>>(token, mine.Task));
        }
    }

    private async Task<UploadConfirmation> ConfirmOnceAsync(
        string token, IReadOnlyCollection<string> previewed, IReadOnlyCollection<string> replace, string confirmedBy, SeedImporter importer, CancellationToken cancellationToken)
    {
        if (Folder(token) is not { } folder || ReadManifest(folder) is not { } manifest)
        {
            return UploadConfirmation.NotFound;
        }

        if (ReadReceipt(folder) is { } done)
        {
            return UploadConfirmation.Imported(done);
        }

        var staged = ReadStaged(folder, manifest);
        var unlike = staged.Where(f => !previewed.Contains($"{f.Name}:{f.Hash}")).Select(f => f.Name).ToList();
        if (unlike.Count > 0 || previewed.Count != staged.Count)
        {
            return UploadConfirmation.Refused(unlike.Count > 0
                ? $"Not imported: {string.Join(", ", unlike)} changed after the preview you confirmed. Check the preview below, then confirm again."
                : "Not imported: confirm from the upload's preview.");
        }

        var claim = Path.Combine(folder, ClaimFile);
        try
        {
            // Created only if absent, in one step on every node that shares the folder.
            await using var claimed = new StreamWriter(new FileStream(claim, FileMode.CreateNew, FileAccess.Write));
            await claimed.WriteAsync(confirmedBy.AsMemory(), cancellationToken);
        }
        catch (IOException) when (File.Exists(claim))
        {
            return ReadReceipt(folder) is { } imported
                ? UploadConfirmation.Imported(imported)
                : UploadConfirmation.Refused($"{ReadText(claim)} is importing this upload now: its report will be in the import history.");
        }
        catch (DirectoryNotFoundException)
        {
            return UploadConfirmation.NotFound; // discarded meanwhile
        }

        var writable = staged.Where(f => f.Result.Succeeded && f.Bytes is not null).ToList();
        List<string> changedSeeds = [];
        var request = new ImportRequest(SeedsFolder, "upload", confirmedBy, UploadedBy: manifest.UploadedBy, Prepare: async ct =>
        {
            // A seed that now holds what the upload brings (a retry after a failure) changes nothing.
            changedSeeds = [.. writable.Where(f => SeedHash(f.Name) is var now && now != f.SeedHashWhenStaged && now != f.Hash && !replace.Contains(ReplaceChoice(f.Name, now))).Select(f => f.Name)];
            if (changedSeeds.Count > 0)
            {
                return false;
            }

            foreach (var file in writable)
            {
                await WriteSeedAsync(file.Name, file.Bytes!, ct);
            }

            return true;
        });

        var report = await importer.TryImportAsync(request, cancellationToken: cancellationToken);
        if (report is null)
        {
            File.Delete(claim);
            return UploadConfirmation.Refused(changedSeeds.Count > 0
                ? $"Not imported: {string.Join(", ", changedSeeds)} changed in the seeds folder after this upload was made. Check each below and tick to replace it, or discard this upload."
                : "Not imported: another import is running. Confirm again when it has finished.");
        }

        await File.WriteAllTextAsync(Path.Combine(folder, ReceiptFile), report.RunId.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
        foreach (var file in staged)
        {
            File.Delete(Path.Combine(folder, file.Name));
        }

        Directory.SetLastWriteTimeUtc(folder, clock.GetUtcNow().UtcDateTime); // the receipt is kept a day, for late confirmations
        return UploadConfirmation.Imported(report.RunId);
    }

    // Written beside the seed under a name no import reads, then moved over it in one step.
    private async Task WriteSeedAsync(string name, byte[] bytes, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(SeedsFolder, $".{name}.{Guid.NewGuid():n}.uploading");
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
        File.Move(temporary, Path.Combine(SeedsFolder, name), overwrite: true);
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path) is { Length: > 0 } text ? text : "Another admin";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "Another admin";
        }
    }
}
