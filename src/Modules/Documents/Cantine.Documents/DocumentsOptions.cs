using Cantine.BuildingBlocks.Files;

namespace Cantine.Documents;

/// <summary>Settings of the Documents module (configuration section <c>Documents</c>).</summary>
public sealed class DocumentsOptions
{
    public const string Section = "Documents";

    public long MaxFileBytes { get; set; } = PdfContent.DefaultMaxBytes;
}
