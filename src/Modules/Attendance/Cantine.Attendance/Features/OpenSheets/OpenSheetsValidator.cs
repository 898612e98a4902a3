using Cantine.Attendance.Contracts.OpenSheets;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Attendance.Features.OpenSheets;

public sealed class OpenSheetsValidator : CommandValidator<OpenSheetsCommand>
{
    public OpenSheetsValidator()
    {
        RuleFor(c => c.Today).NotEqual(default(DateOnly));
    }
}
