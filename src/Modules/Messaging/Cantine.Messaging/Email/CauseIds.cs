using System.Security.Cryptography;
using System.Text;

namespace Cantine.Messaging.Email;

internal static class CauseIds
{
    /// <summary>A stable id for "this e-mail, for this cause", so a redelivered message finds its trace.</summary>
    public static Guid For(params object[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', parts)));
        return new Guid(hash.AsSpan(0, 16));
    }
}
