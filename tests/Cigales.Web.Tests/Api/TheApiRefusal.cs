using Cigales.Web.Api;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Cigales.Web.Tests.Api;

public sealed class TheApiRefusal
{
    [Fact]
    public void AFieldViolationIsShownInFrenchBesideItsField()
    {
        var refusal = ApiRefusal.From(Refusals.Invalid("siret", "siret.valid", "siret '123' is not a valid SIRET"));

        Assert.Equal(StatusCode.InvalidArgument, refusal.Code);
        Assert.Equal("Ce numéro SIRET n'est pas valable : 14 chiffres, vérifiés par la clé de contrôle.", refusal.For("siret"));
        Assert.Null(refusal.For("name"));
        Assert.Empty(refusal.Besides("siret"));
    }

    [Fact]
    public void AViolationOfANestedFieldIsShownBesideItsParent()
    {
        var refusal = ApiRefusal.From(Refusals.Invalid("amount.cents", "int64.gte_lte", "value must be between"));

        Assert.Equal("Ce montant sort des limites permises (un milliard d'euros au plus).", refusal.For("amount"));
    }

    [Fact]
    public void AViolationOfAListsItemIsShownBesideTheList()
    {
        var refusal = ApiRefusal.From(Refusals.Invalid("draft.acknowledgements[0].reason", "required", "value is required"));

        Assert.Equal("Ce champ est obligatoire.", refusal.For("draft.acknowledgements"));
        Assert.Empty(refusal.Besides("draft.acknowledgements"));
        Assert.Null(refusal.For("draft.acknowledgement"));
    }

    [Fact]
    public void APreconditionFailureIsOneProblemInFrench()
    {
        var refusal = ApiRefusal.From(Refusals.Precondition(string.Empty, "club.full", "the club is full (20 members)"));

        var problem = Assert.Single(refusal.Problems);
        Assert.Equal(StatusCode.FailedPrecondition, refusal.Code);
        Assert.Equal("club.full", problem.Rule);
        Assert.Equal("Le club est complet : 20 membres au plus. Les nouveaux attendent une place ou créent un nouveau club.", problem.Text);
        // Named by no field: shown above the form.
        Assert.Equal([problem], refusal.Besides("person_id"));
    }

    [Fact]
    public void APreconditionOnAFieldIsShownOnceBesideIt()
    {
        // The services send it twice, as a field violation and as a precondition failure.
        var refusal = ApiRefusal.From(Refusals.Precondition("requested_on", "extension.deadline", "an extension must be asked 6 months before the end"));

        var problem = Assert.Single(refusal.Problems);
        Assert.Equal("requested_on", problem.Field);
        Assert.Equal("Le délai pour demander une prorogation est dépassé.", refusal.For("requested_on"));
    }

    [Fact]
    public void EveryViolationOfARequestIsListed()
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = "name", Reason = "required", Description = "value is required" });
        badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = "request_id", Reason = "string.uuid_empty", Description = "value is empty" });
        var status = new Google.Rpc.Status { Code = (int)StatusCode.InvalidArgument, Message = "name: value is required", Details = { Any.Pack(badRequest) } };

        var refusal = ApiRefusal.From(status.ToRpcException());

        Assert.Equal("Ce champ est obligatoire.", refusal.For("name"));
        Assert.Equal("La clé d'enregistrement de ce formulaire manque : rechargez la page et recommencez.", refusal.For("request_id"));
    }

    [Fact]
    public void ARefusalNamedOnlyByItsReasonIsShownInFrench()
    {
        // As the access check refuses: no field, no precondition, only the ErrorInfo's reason.
        var refusal = ApiRefusal.From(Refusals.Of(StatusCode.PermissionDenied, string.Empty, "auth.scope", "this call needs the scope 'cigales.grants'"));

        Assert.Equal("Votre session ne permet pas cette action : déconnectez-vous, puis reconnectez-vous.", Assert.Single(refusal.Problems).Text);
    }

    [Theory]
    [InlineData(StatusCode.Unavailable, "Le service ne répond pas pour le moment. Réessayez dans un instant : rien n'a été enregistré en double.")]
    [InlineData(StatusCode.PermissionDenied, "Vous n'avez pas le droit de faire cela.")]
    [InlineData(StatusCode.NotFound, "Introuvable : cet élément n'existe pas ou plus.")]
    [InlineData(StatusCode.ResourceExhausted, "Trop de demandes en peu de temps. Réessayez dans une minute.")]
    [InlineData(StatusCode.Internal, "Une erreur inattendue est survenue. Réessayez ; si elle persiste, prévenez l'équipe de l'association.")]
    public void AStatusWithNoDetailIsSaidByItsCode(StatusCode code, string text)
    {
        var refusal = ApiRefusal.From(new RpcException(new Grpc.Core.Status(code, "upstream connect error")));

        var problem = Assert.Single(refusal.Problems);
        Assert.Equal(string.Empty, problem.Field);
        Assert.Equal(text, problem.Text);
    }

    [Fact]
    public void ARuleWithNoSentenceFallsBackOnItsStatus()
    {
        var refusal = ApiRefusal.From(Refusals.Precondition(string.Empty, "rule.never_named", "a rule from a newer service"));

        Assert.Equal("L'état actuel ne permet pas cette action.", Assert.Single(refusal.Problems).Text);
    }
}
