using System.Security.Cryptography;
using System.Text;

namespace Cigales.DemoData.Import;

/// <summary>
/// The idempotency keys of the demo data: a name-based UUID (RFC 9562 version 5) per thing
/// imported, the same at every run, so that a second import reaches the entities the first one
/// created and changes nothing.
/// </summary>
public static class DemoIds
{
    private static readonly Guid Namespace = new("0f3c6a52-2d4e-4b1f-9a7e-5c3d2b1a0f42");

    public static string For(string name)
    {
        var bytes = SHA1.HashData([.. Namespace.ToByteArray(bigEndian: true), .. Encoding.UTF8.GetBytes(name)]);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes.AsSpan(0, 16), bigEndian: true).ToString();
    }
}
