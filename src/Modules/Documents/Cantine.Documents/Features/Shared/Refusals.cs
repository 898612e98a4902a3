using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Domain;
using Cantine.BuildingBlocks.Files;

namespace Cantine.Documents.Features.Shared;

internal static class Refusals
{
    public static Error Of(string key, string? field = null, params object[] args) => new(key, DocumentsText.Get(key, args), field);

    /// <summary>The French error of a refused decision.</summary>
    public static Error Of(Decision refused) => Of(refused.Refusal!, refused.Field, refused.Args);

    public static Error? CheckPdf(byte[] content, long maxBytes, string field) => PdfContent.Check(content, maxBytes) switch
    {
        PdfProblem.Empty => Of("File.Empty", field),
        PdfProblem.TooLarge => Of("File.TooLarge", field, PdfContent.Megabytes(maxBytes)),
        PdfProblem.NotPdf => Of("File.NotPdf", field),
        _ => null,
    };
}
