using System.Security.Cryptography;
using System.Text;

namespace Cantine.BuildingBlocks.Domain;

/// <summary>A name-based id (RFC 9562 version 8 layout over SHA-256), stable across runs: the same stream for the same key.</summary>
public static class StableId
{
    public static Guid For(params object[] parts)
    {
        var name = string.Join('|', parts.Select(p => p switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            _ => Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture),
        }));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16].ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>A 64-bit key for a PostgreSQL advisory lock.</summary>
    public static long LockKey(params object[] parts) => BitConverter.ToInt64(For(parts).ToByteArray(), 0);
}
