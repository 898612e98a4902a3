using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.GetHeadcounts;
using Mediator;

namespace Cantine.Reservations.Features.GetHeadcounts;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class GetHeadcountsHandler : IQueryHandler<GetHeadcountsQuery, HeadcountsDto>
{
    public ValueTask<HeadcountsDto> Handle(GetHeadcountsQuery message, CancellationToken ct) => throw new NotImplementedException();
}
