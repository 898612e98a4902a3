namespace Cantine.Documents.Contracts.OpenDocumentFile;

public sealed record DocumentFileDto(string FileName, long SizeBytes, Stream Content);
