using Cantine.BuildingBlocks.Validation;

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

        // The name is the browser's: its control and bidi characters are dropped rather than the file refused (issue #18).
        return (TextRules.WithoutInvisibleControls(file.FileName), read == limit ? buffer : buffer[..read]);
    }
}
