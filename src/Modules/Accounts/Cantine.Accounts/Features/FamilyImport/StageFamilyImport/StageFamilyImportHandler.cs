using Cantine.Accounts.Contracts.StageFamilyImport;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.FamilyImport.Csv;
using Cantine.Accounts.Features.FamilyImport.Uploads;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Files;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.FamilyImport.StageFamilyImport;

public sealed class StageFamilyImportHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<StageFamilyImportCommand, Result<Guid>>
{
    public ValueTask<Result<Guid>> Handle(StageFamilyImportCommand command, CancellationToken ct)
    {
        var read = FamilyCsvReader.Read(command.Content);
        if (!read.IsSuccess)
        {
            return ValueTask.FromResult(Result<Guid>.FromErrors(read.Errors));
        }

        if (read.Value.LineCount == 0)
        {
            return ValueTask.FromResult<Result<Guid>>(ImportText.FieldRefusal("File.NoLines", nameof(command.Content)));
        }

        var uploadId = Guid.CreateVersion7();
        var fileName = Path.GetFileName(command.FileName.Replace('\\', '/')).Trim() is { Length: > 0 } name ? name : "familles.csv";
        FileStore.QueueSave(session, uploadId, fileName, ImportUploads.ContentType, command.Content);
        session.Store(new ImportUpload(uploadId, clock.GetUtcNow()));
        return ValueTask.FromResult(Result<Guid>.Success(uploadId));
    }
}
