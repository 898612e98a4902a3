using Mediator;

namespace Cantine.Accounts.Contracts.GetFamilyHomePage;

/// <summary>
/// The family home page ("accueil"): the family with its guardians and children, and what each module has to tell it
/// (deadlines, unbooked periods, unpaid invoices, unread replies, new documents), read in one round trip (ADR 0032).
/// </summary>
public sealed record GetFamilyHomePageQuery(Guid FamilyId) : IQuery<FamilyHomePageDto?>;
