namespace Cantine.Host.Uploads;

/// <summary>
/// Reads an uploaded file into memory, at most one byte past the limit: a larger file is then refused by
/// the command (with its own message) without the server reading it whole.
/// </summary>
public static class UploadReader
{
    public static async Task<(string FileName, byte[] Content)> ReadAsync(IFormFile? file, long maxBytes, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return (string.Empty, []);
        }

        var limit = (int)Math.Min(maxBytes + 1, Math.Min(file.Length, int.MaxValue));
        var buffer = new byte[limit];
        await using var stream = file.OpenReadStream();
        var read = 0;
        while (read < limit)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read, limit - read), ct);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return (file.FileName, read == limit ? buffer : buffer[..read]);
    }
}
