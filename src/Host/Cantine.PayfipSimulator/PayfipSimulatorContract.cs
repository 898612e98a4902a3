using System.Runtime.Serialization;
using System.ServiceModel;
using System.Xml.Schema;
using System.Xml.Serialization;

namespace Cantine.PayfipSimulator;

// The treasury's side of PaiementSecuriseService, written from PayFiP's WSDL independently of the product's client
// (Cantine.Invoicing's Wire contract): the tests that go through both check the XML on the wire, not a shared type.

/// <summary>PayFiP's <c>PaiementSecuriseService</c> (document/literal wrapped; <c>arg0</c>, <c>return</c> and their children unqualified).</summary>
[ServiceContract(Namespace = SimulatedPayfip.Namespace, Name = "PaiementSecuriseService")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal)]
public interface ISimulatedPaiementSecuriseService
{
    [OperationContract(Name = "creerPaiementSecurise", Action = "")]
    [FaultContract(typeof(FonctionnelleErreur))]
    [return: MessageParameter(Name = "return")]
    [return: XmlElement("return", Form = XmlSchemaForm.Unqualified)]
    SimulatedCreationAnswer creerPaiementSecurise([XmlElement(Form = XmlSchemaForm.Unqualified)] SimulatedCreationRequest arg0);

    [OperationContract(Name = "recupererDetailPaiementSecurise", Action = "")]
    [FaultContract(typeof(FonctionnelleErreur))]
    [return: MessageParameter(Name = "return")]
    [return: XmlElement("return", Form = XmlSchemaForm.Unqualified)]
    SimulatedDetail recupererDetailPaiementSecurise([XmlElement(Form = XmlSchemaForm.Unqualified)] SimulatedDetailRequest arg0);
}

public static class SimulatedPayfip
{
    public const string Namespace =
        "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService";
}

[XmlType("creerPaiementSecuriseRequest", Namespace = SimulatedPayfip.Namespace)]
public sealed class SimulatedCreationRequest
{
    [XmlElement("exer", Form = XmlSchemaForm.Unqualified, Order = 0)] public string? Exer { get; set; }

    [XmlElement("mel", Form = XmlSchemaForm.Unqualified, Order = 1)] public string? Mel { get; set; }

    [XmlElement("montant", Form = XmlSchemaForm.Unqualified, Order = 2)] public string? Montant { get; set; }

    [XmlElement("numcli", Form = XmlSchemaForm.Unqualified, Order = 3)] public string? NumCli { get; set; }

    [XmlElement("objet", Form = XmlSchemaForm.Unqualified, Order = 4)] public string? Objet { get; set; }

    [XmlElement("refdet", Form = XmlSchemaForm.Unqualified, Order = 5)] public string? RefDet { get; set; }

    [XmlElement("saisie", Form = XmlSchemaForm.Unqualified, Order = 6)] public string? Saisie { get; set; }

    [XmlElement("urlnotif", Form = XmlSchemaForm.Unqualified, Order = 7)] public string? UrlNotif { get; set; }

    [XmlElement("urlredirect", Form = XmlSchemaForm.Unqualified, Order = 8)] public string? UrlRedirect { get; set; }
}

[XmlType("creerPaiementSecuriseResponse", Namespace = SimulatedPayfip.Namespace)]
public sealed class SimulatedCreationAnswer
{
    [XmlElement("idOp", Form = XmlSchemaForm.Unqualified)] public string? IdOp { get; set; }
}

[XmlType("recupererDetailPaiementSecuriseRequest", Namespace = SimulatedPayfip.Namespace)]
public sealed class SimulatedDetailRequest
{
    [XmlElement("idOp", Form = XmlSchemaForm.Unqualified)] public string? IdOp { get; set; }
}

[XmlType("recupererDetailPaiementSecuriseResponse", Namespace = SimulatedPayfip.Namespace)]
public sealed class SimulatedDetail
{
    [XmlElement("dattrans", Form = XmlSchemaForm.Unqualified, Order = 0)] public string? DatTrans { get; set; }

    [XmlElement("exer", Form = XmlSchemaForm.Unqualified, Order = 1)] public string? Exer { get; set; }

    [XmlElement("heurtrans", Form = XmlSchemaForm.Unqualified, Order = 2)] public string? HeurTrans { get; set; }

    [XmlElement("idOp", Form = XmlSchemaForm.Unqualified, Order = 3)] public string? IdOp { get; set; }

    [XmlElement("mel", Form = XmlSchemaForm.Unqualified, Order = 4)] public string? Mel { get; set; }

    [XmlElement("montant", Form = XmlSchemaForm.Unqualified, Order = 5)] public string? Montant { get; set; }

    [XmlElement("numauto", Form = XmlSchemaForm.Unqualified, Order = 6)] public string? NumAuto { get; set; }

    [XmlElement("numcli", Form = XmlSchemaForm.Unqualified, Order = 7)] public string? NumCli { get; set; }

    [XmlElement("objet", Form = XmlSchemaForm.Unqualified, Order = 8)] public string? Objet { get; set; }

    [XmlElement("refdet", Form = XmlSchemaForm.Unqualified, Order = 9)] public string? RefDet { get; set; }

    [XmlElement("resultrans", Form = XmlSchemaForm.Unqualified, Order = 10)] public string? ResultTrans { get; set; }

    [XmlElement("saisie", Form = XmlSchemaForm.Unqualified, Order = 11)] public string? Saisie { get; set; }
}

/// <summary>PayFiP's functional fault: <c>P1</c> unknown operation, <c>P5</c> no outcome yet, others for refused requests.</summary>
[DataContract(Name = "FonctionnelleErreur", Namespace = SimulatedPayfip.Namespace)]
public sealed class FonctionnelleErreur
{
    [DataMember(Name = "code", Order = 0)] public string? Code { get; set; }

    [DataMember(Name = "descriptif", Order = 1)] public string? Descriptif { get; set; }

    [DataMember(Name = "libelle", Order = 2)] public string? Libelle { get; set; }

    [DataMember(Name = "message", Order = 3)] public string? Message { get; set; }

    [DataMember(Name = "severite", Order = 4)] public int Severite { get; set; } = 2;
}
