using Cantine.Invoicing.Domain.OnlinePayments;
using Cantine.Invoicing.OnlinePayments.Payfip;

namespace Cantine.Invoicing.Features.OnlinePayments;

/// <summary>The gateway's answer as the decisions read it.</summary>
internal static class PayfipAnswers
{
    public static PayfipAnswer From(PayfipDetailAnswer answer) => answer switch
    {
        { Kind: PayfipDetailKind.Detail, Detail: { } d } => PayfipAnswer.Of(new PayfipFields(
            d.IdOp, d.ResultTrans, d.Montant, d.RefDet, d.NumAuto, d.DatTrans, d.HeurTrans, d.NumCli, d.Exer, d.Mel, d.Objet, d.Saisie)),
        { Kind: PayfipDetailKind.InProgress } => PayfipAnswer.NoOutcome(answer.ErrorCode ?? "P5"),
        { Kind: PayfipDetailKind.Unknown } => PayfipAnswer.NoOutcome(answer.ErrorCode ?? "P1"),
        _ => PayfipAnswer.NoOutcome(PayfipAnswer.Unreachable),
    };
}
