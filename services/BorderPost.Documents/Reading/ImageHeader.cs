using System.Buffers.Binary;

namespace BorderPost.Documents.Reading;

/// <summary>The kind and pixel size of an image, read from its header without decoding it.</summary>
public sealed record ImageHeader(string MediaType, int Width, int Height)
{
    public long Pixels => (long)Width * Height;

    /// <summary>
    /// Reads the header of a JPEG, PNG or TIFF; null when the bytes are none of these or the header is damaged.
    /// Never decodes pixels, so a small file claiming a huge image (a decompression bomb) is caught here.
    /// </summary>
    public static ImageHeader? Read(ReadOnlySpan<byte> data)
    {
        try
        {
            if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
            {
                return Jpeg(data);
            }
            if (data.Length >= 24 && data[..8].SequenceEqual(PngSignature))
            {
                return Png(data);
            }
            if (data.Length >= 8 && (data[..4].SequenceEqual("II*\0"u8) || data[..4].SequenceEqual("MM\0*"u8)))
            {
                return Tiff(data);
            }
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            // An offset pointed outside the file: a damaged header.
        }
        return null;
    }

    /// <summary>Whether the file ends where its format says it ends (a cut-off upload otherwise decodes half grey).</summary>
    public static bool IsComplete(ReadOnlySpan<byte> data, string mediaType)
    {
        var end = data.TrimEnd((byte)0);
        return mediaType switch
        {
            "image/jpeg" => end.Length >= 2 && end[^2] == 0xFF && end[^1] == 0xD9,
            "image/png" => end.Length >= 12 && end[^8..^4].SequenceEqual("IEND"u8),
            _ => true,
        };
    }

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ImageHeader? Png(ReadOnlySpan<byte> data)
    {
        if (!data[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }
        var width = BinaryPrimitives.ReadUInt32BigEndian(data[16..20]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(data[20..24]);
        return Sized("image/png", width, height);
    }

    private static ImageHeader? Jpeg(ReadOnlySpan<byte> data)
    {
        var position = 2;
        while (position + 4 <= data.Length)
        {
            if (data[position] != 0xFF)
            {
                return null;
            }
            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                position += 2;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..(position + 4)]);
            // Start-of-frame markers (baseline, progressive, …) carry the size; C4, C8 and CC are not frames.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 5)..(position + 7)]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 7)..(position + 9)]);
                return Sized("image/jpeg", width, height);
            }
            if (marker == 0xDA || length < 2)
            {
                return null;
            }
            position += 2 + length;
        }
        return null;
    }

    private static ImageHeader? Tiff(ReadOnlySpan<byte> data)
    {
        var little = data[0] == (byte)'I';
        var directory = checked((int)U32(data, 4, little));
        var entries = U16(data, directory, little);
        uint width = 0, height = 0;
        for (var i = 0; i < entries; i++)
        {
            var entry = directory + 2 + i * 12;
            var tag = U16(data, entry, little);
            var type = U16(data, entry + 2, little);
            var value = type == 3 ? U16(data, entry + 8, little) : U32(data, entry + 8, little);
            // libtiff uses the first of repeated tags: so do we, or a later small size would hide a huge first one.
            if (tag == 256 && width == 0)
            {
                width = value;
            }
            else if (tag == 257 && height == 0)
            {
                height = value;
            }
        }
        return Sized("image/tiff", width, height);
    }

    private static uint U32(ReadOnlySpan<byte> data, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(data[at..(at + 4)]) : BinaryPrimitives.ReadUInt32BigEndian(data[at..(at + 4)]);

    private static ushort U16(ReadOnlySpan<byte> data, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(data[at..(at + 2)]) : BinaryPrimitives.ReadUInt16BigEndian(data[at..(at + 2)]);

    private static ImageHeader? Sized(string mediaType, uint width, uint height) =>
        width is 0 or > int.MaxValue || height is 0 or > int.MaxValue ? null : new ImageHeader(mediaType, (int)width, (int)height);
}
