namespace Cantine.BuildingBlocks.Files;

public enum PdfProblem
{
    Empty,
    TooLarge,
    NotPdf,
}
