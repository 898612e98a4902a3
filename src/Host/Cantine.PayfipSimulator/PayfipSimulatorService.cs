using System.Globalization;
using System.ServiceModel;
using System.Text.RegularExpressions;

namespace Cantine.PayfipSimulator;

/// <summary>
/// The simulated web service: checks a creation as PayFiP documents it (client number, year, reference, subject, amount,
/// e-mail, URLs, environment) and answers an <c>idOp</c>; answers a detail once the card page was used, <c>P5</c> before
/// that, <c>P1</c> for an operation it does not know.
/// </summary>
public sealed partial class PayfipSimulatorService(PayfipSimulatorLedger ledger, TimeProvider clock) : ISimulatedPaiementSecuriseService
{
    public SimulatedCreationAnswer creerPaiementSecurise(SimulatedCreationRequest arg0)
    {
        if (Invalid(arg0) is { } problem)
        {
            throw Fault("P4", "Paramètre invalide", problem);
        }

        return new SimulatedCreationAnswer { IdOp = ledger.Create(arg0, clock.GetUtcNow()).IdOp };
    }

    public SimulatedDetail recupererDetailPaiementSecurise(SimulatedDetailRequest arg0)
    {
        var operation = ledger.Find(arg0?.IdOp) ?? throw Fault("P1", "IdOp incorrect", "L'identifiant d'opération est inconnu.");
        if (operation.Outcome is null)
        {
            throw Fault("P5", "Paiement en cours", "Aucun résultat de paiement n'est encore connu pour cette opération.");
        }

        var paris = TimeZoneInfo.ConvertTime(operation.DoneAt!.Value, PayfipSimulatorClock.Paris);
        var detail = new SimulatedDetail
        {
            DatTrans = paris.ToString("ddMMyyyy", CultureInfo.InvariantCulture),
            HeurTrans = paris.ToString("HHmm", CultureInfo.InvariantCulture),
            Exer = operation.Request.Exer,
            IdOp = operation.IdOp,
            Mel = operation.Request.Mel,
            Montant = operation.Request.Montant,
            NumAuto = operation.NumAuto,
            NumCli = operation.Request.NumCli,
            Objet = operation.Request.Objet,
            RefDet = operation.Request.RefDet,
            ResultTrans = operation.ResultTrans,
            Saisie = operation.Request.Saisie,
        };
        operation.Tamper?.Invoke(detail);
        return detail;
    }

    private static string? Invalid(SimulatedCreationRequest? r) =>
        r is null ? "arg0 manquant"
        : r.NumCli is null || !SixDigits().IsMatch(r.NumCli) ? "numcli : 6 chiffres attendus"
        : r.Exer is null || !int.TryParse(r.Exer, NumberStyles.None, CultureInfo.InvariantCulture, out var exer) || exer < 2000 || exer > 2099 ? "exer invalide"
        : r.RefDet is null || !RefDet().IsMatch(r.RefDet) ? "refdet : 6 à 30 lettres ou chiffres"
        : r.Objet is null || r.Objet.Length > 100 || r.Objet.Any(c => c > 127 || char.IsControl(c)) ? "objet : 100 caractères ASCII au plus"
        : r.Montant is null || !int.TryParse(r.Montant, NumberStyles.None, CultureInfo.InvariantCulture, out var cents) || cents < 100 || cents > 10_000_000 ? "montant : en centimes, 100 au moins"
        : string.IsNullOrWhiteSpace(r.Mel) || !r.Mel.Contains('@', StringComparison.Ordinal) ? "mel invalide"
        : !Absolute(r.UrlNotif) || !Absolute(r.UrlRedirect) ? "urlnotif et urlredirect : adresses absolues"
        : r.Saisie is not ("T" or "X" or "W") ? "saisie : T, X ou W"
        : null;

    private static bool Absolute(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static FaultException<FonctionnelleErreur> Fault(string code, string label, string message) =>
        new(new FonctionnelleErreur { Code = code, Libelle = label, Descriptif = label, Message = message }, new FaultReason(label));

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();

    [GeneratedRegex("^[A-Za-z0-9]{6,30}$")]
    private static partial Regex RefDet();
}

internal static class PayfipSimulatorClock
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
}
