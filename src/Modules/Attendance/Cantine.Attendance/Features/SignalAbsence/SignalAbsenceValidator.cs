using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.SignalAbsence;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Attendance.Features.SignalAbsence;

/// <summary>Families signal an illness or another reason (with a note); the reasons agents use are theirs.</summary>
public sealed class SignalAbsenceValidator : CommandValidator<SignalAbsenceCommand>
{
    public SignalAbsenceValidator()
    {
        RuleFor(c => c.FamilyId).NotEmpty();
        RuleFor(c => c.GuardianUserId).NotEmpty();
        RuleFor(c => c.GuardianName).RequiredText(200);
        RuleFor(c => c.ChildId).NotEmpty();
        RuleFor(c => c.Reason).Must(r => r is AbsenceReason.Illness or AbsenceReason.Other);
        RuleFor(c => c.Note).OptionalText(500, multiline: true);
    }
}
