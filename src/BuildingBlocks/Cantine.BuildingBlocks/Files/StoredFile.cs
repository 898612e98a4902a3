namespace Cantine.BuildingBlocks.Files;

/// <summary>A stored file being read; disposing <see cref="Content"/> releases its database connection.</summary>
public sealed record StoredFile(string FileName, string ContentType, long Size, Stream Content);
