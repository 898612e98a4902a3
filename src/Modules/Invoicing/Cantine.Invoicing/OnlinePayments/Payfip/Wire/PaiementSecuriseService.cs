using System.ServiceModel;
using System.Xml.Schema;
using System.Xml.Serialization;

namespace Cantine.Invoicing.OnlinePayments.Payfip.Wire;

/// <summary>
/// PayFiP's <c>PaiementSecuriseService</c> as its WSDL describes it (document/literal, wrapped, JAX-WS style): the wrapper
/// elements are in <see cref="PayfipWire.Namespace"/>, <c>arg0</c>, <c>return</c> and their children are unqualified. The
/// SOAP action is empty. Public only because System.ServiceModel builds the client proxy from it.
/// </summary>
[ServiceContract(Namespace = PayfipWire.Namespace, Name = "PaiementSecuriseService")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IPaiementSecuriseService
{
    [OperationContract(Name = "creerPaiementSecurise", Action = "", ReplyAction = "*")]
    Task<CreerPaiementSecuriseOutput> CreerPaiementSecuriseAsync(CreerPaiementSecuriseInput input);

    [OperationContract(Name = "recupererDetailPaiementSecurise", Action = "", ReplyAction = "*")]
    Task<RecupererDetailPaiementSecuriseOutput> RecupererDetailPaiementSecuriseAsync(RecupererDetailPaiementSecuriseInput input);
}

// The messages, as svcutil writes them for a JAX-WS service: the wrapper in the service's namespace, arg0 and return
// unqualified.

[MessageContract(WrapperName = "creerPaiementSecurise", WrapperNamespace = PayfipWire.Namespace, IsWrapped = true)]
public sealed class CreerPaiementSecuriseInput
{
    [MessageBodyMember(Namespace = PayfipWire.Namespace, Order = 0)]
    [XmlElement(Form = XmlSchemaForm.Unqualified)]
    public CreerPaiementSecuriseRequest? arg0;
}

[MessageContract(WrapperName = "creerPaiementSecuriseResponse", WrapperNamespace = PayfipWire.Namespace, IsWrapped = true)]
public sealed class CreerPaiementSecuriseOutput
{
    [MessageBodyMember(Namespace = PayfipWire.Namespace, Order = 0)]
    [XmlElement(Form = XmlSchemaForm.Unqualified)]
    public CreerPaiementSecuriseResponse? @return;
}

[MessageContract(WrapperName = "recupererDetailPaiementSecurise", WrapperNamespace = PayfipWire.Namespace, IsWrapped = true)]
public sealed class RecupererDetailPaiementSecuriseInput
{
    [MessageBodyMember(Namespace = PayfipWire.Namespace, Order = 0)]
    [XmlElement(Form = XmlSchemaForm.Unqualified)]
    public RecupererDetailPaiementSecuriseRequest? arg0;
}

[MessageContract(WrapperName = "recupererDetailPaiementSecuriseResponse", WrapperNamespace = PayfipWire.Namespace, IsWrapped = true)]
public sealed class RecupererDetailPaiementSecuriseOutput
{
    [MessageBodyMember(Namespace = PayfipWire.Namespace, Order = 0)]
    [XmlElement(Form = XmlSchemaForm.Unqualified)]
    public RecupererDetailPaiementSecuriseResponse? @return;
}

public static class PayfipWire
{
    public const string Namespace =
        "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService";
}

[XmlType(Namespace = PayfipWire.Namespace)]
public sealed class CreerPaiementSecuriseRequest
{
    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 0)] public string? exer { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 1)] public string? mel { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 2)] public string? montant { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 3)] public string? numcli { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 4)] public string? objet { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 5)] public string? refdet { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 6)] public string? saisie { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 7)] public string? urlnotif { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 8)] public string? urlredirect { get; set; }
}

[XmlType(Namespace = PayfipWire.Namespace)]
public sealed class CreerPaiementSecuriseResponse
{
    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 0)] public string? idOp { get; set; }
}

[XmlType(Namespace = PayfipWire.Namespace)]
public sealed class RecupererDetailPaiementSecuriseRequest
{
    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 0)] public string? idOp { get; set; }
}

[XmlType(Namespace = PayfipWire.Namespace)]
public sealed class RecupererDetailPaiementSecuriseResponse
{
    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 0)] public string? dattrans { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 1)] public string? exer { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 2)] public string? heurtrans { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 3)] public string? idOp { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 4)] public string? mel { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 5)] public string? montant { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 6)] public string? numauto { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 7)] public string? numcli { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 8)] public string? objet { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 9)] public string? refdet { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 10)] public string? resultrans { get; set; }

    [XmlElement(Form = XmlSchemaForm.Unqualified, Order = 11)] public string? saisie { get; set; }
}
