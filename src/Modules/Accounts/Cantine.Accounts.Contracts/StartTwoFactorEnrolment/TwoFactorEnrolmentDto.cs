namespace Cantine.Accounts.Contracts.StartTwoFactorEnrolment;

public sealed record TwoFactorEnrolmentDto(string Secret, string OtpAuthUri);
