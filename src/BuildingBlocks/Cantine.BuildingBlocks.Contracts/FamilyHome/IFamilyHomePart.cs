namespace Cantine.BuildingBlocks.Contracts.FamilyHome;

/// <summary>
/// One module's share of the family home page ("what to do"): each module's Contracts define their own record, the Host
/// renders each kind it knows (ADR 0032). A marker, so that the page's list carries only parts, not any object.
/// </summary>
public interface IFamilyHomePart;
