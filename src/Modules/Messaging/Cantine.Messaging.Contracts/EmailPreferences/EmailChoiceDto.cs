namespace Cantine.Messaging.Contracts.EmailPreferences;

/// <param name="Kind">The kind of e-mail (see <see cref="EmailPreferencesDto.Choices"/>).</param>
/// <param name="On">Whether the guardian receives it.</param>
public sealed record EmailChoiceDto(string Kind, bool On);
