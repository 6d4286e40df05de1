using Bunit;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Security;
using Cigales.Web.Components.Pages.Evenements;

namespace Cigales.Web.Tests.Evenements;

public sealed class AnEventsPage : ScreenTest
{
    private const string Convention = "a6900b217063462cb67565ef3023e52c";

    public AnEventsPage()
    {
        Api.Answer("GetEvent", (GetEventRequest request) => PitchNight(EventState.Scheduled));
        Api.Answer("ListRegistrations", (ListRegistrationsRequest _) => new ListRegistrationsResponse
        {
            Registrations =
            {
                Registered("awa", "Awa", RegistrationStatus.Confirmed, 0),
                Registered("bruno", "Bruno", RegistrationStatus.Confirmed, 0),
                Registered("chloe", "Chloé", RegistrationStatus.Waiting, 1),
                Registered("david", "David", RegistrationStatus.Cancelled, 0),
            },
        });
        Api.Answer("GetEventFigures", (GetEventFiguresRequest request) => new EventFigures
        {
            Year = request.Year,
            Kinds = { new KindFigures { Kind = EventKind.CigalesCherchentFourmis, Scheduled = 2, Held = 1, Attendance = new Attendance { Holders = 2, Total = 17 } } },
            Total = new KindFigures { Scheduled = 2, Held = 1, Attendance = new Attendance { Holders = 2, Total = 17 } },
            HoldersMet = 2,
        });
        Api.Answer("GetTimeSpent", (GetTimeSpentRequest request) => new TimeSpentByAxis
        {
            Period = request.Period,
            Axes = { new AxisTime { Axis = new ConventionAxis { ConventionId = Convention, Axis = 3 }, StaffDays = 1.5, VolunteerHours = 36, Events = 1 } },
        });
    }

    private static Event PitchNight(EventState state) => new()
    {
        EventId = "ccf-juin",
        Kind = EventKind.CigalesCherchentFourmis,
        Title = "Cigales cherchent Fourmis",
        Dates = new DateRange { Start = "2025-06-14", End = "2025-06-14" },
        Places = { new Place { Name = "Calais", Capacity = 2 } },
        Registration = new RegistrationSettings { Open = true, MinimumParticipants = 3 },
        State = state,
        Confirmed = 2,
        Waiting = 1,
        CancelledOn = state == EventState.Cancelled ? "2025-06-10" : string.Empty,
        CancellationReason = state == EventState.Cancelled ? "not enough participants" : string.Empty,
    };

    private static Registration Registered(string id, string name, RegistrationStatus status, int position) => new()
    {
        RegistrationId = id,
        EventId = "ccf-juin",
        Registrant = new Registrant { Kind = RegistrantKind.ProjectHolder, Name = name, ProjectName = $"Projet de {name}" },
        Place = "Calais",
        Status = status,
        WaitingPosition = position,
    };

    private IRenderedComponent<EventPage> Render() => RenderScreen<EventPage>(parameters => parameters.Add(page => page.EventId, "ccf-juin"));

    [Fact]
    public void StaffSeeTheRegistrationsTheWaitingListAndTheYearsFigures()
    {
        var screen = Render();

        screen.WaitForAssertion(() => Assert.Contains("Liste d'attente (1)", screen.Markup, StringComparison.Ordinal));
        Assert.Contains("Confirmées (2)", screen.Markup, StringComparison.Ordinal);
        var waiting = screen.Find("[aria-label=\"Liste d'attente\"]");
        Assert.Contains("Chloé", waiting.TextContent, StringComparison.Ordinal);
        Assert.Contains("En liste d'attente (n° 1)", waiting.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Awa", waiting.TextContent, StringComparison.Ordinal);
        Assert.Equal("Porteurs de projet rencontrés en 2025 : 2", screen.FindAll("p").Single(text => text.TextContent.Contains("rencontrés", StringComparison.Ordinal)).TextContent.Trim());
        var time = screen.Find("[aria-label=\"Temps passé en 2025 par axe\"]");
        Assert.Contains("axe 3", time.TextContent, StringComparison.Ordinal);
        Assert.Contains("1,5", time.TextContent, StringComparison.Ordinal);
        Assert.Equal(2025, Api.SentTo<GetEventFiguresRequest>("GetEventFigures").Single().Year);
        foreach (var action in new[] { "Fermer les inscriptions", "Inscrire", "Annuler l'événement", "Enregistrer la participation", "Enregistrer le temps passé" })
        {
            Assert.Contains(screen.FindAll("button"), button => button.TextContent.Trim() == action);
        }
    }

    [Fact]
    public void AttendanceSendsTheTypedCounts()
    {
        Api.Answer("RecordAttendance", (RecordAttendanceRequest request) => PitchNight(EventState.Held));
        var screen = Render();
        screen.WaitForAssertion(() => Assert.Contains("Enregistrer la participation", screen.Markup, StringComparison.Ordinal));

        screen.Fill("Projets annoncés", "3");
        screen.Fill("Projets présents", "2");
        screen.Fill("Porteurs de projet présents", "2");
        screen.Fill("Bénévoles", "9");
        screen.Fill("Salariés", "1");
        screen.Fill("Autres participants", "5");
        screen.Fill("Total compté sur place", "17");
        screen.FindAll("label").First(label => label.TextContent.Contains("Awa (", StringComparison.Ordinal) && label.QuerySelector("input[type=checkbox]") is not null)
            .QuerySelector("input[type=checkbox]")!.Change(true);
        screen.Fill("Suites données", "Projet de Awa étudié par les Cigales du Lensois");
        screen.Click("Enregistrer la participation");

        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<RecordAttendanceRequest>("RecordAttendance")));
        var sent = Api.SentTo<RecordAttendanceRequest>("RecordAttendance").Single();
        Assert.Equal("ccf-juin", sent.EventId);
        Assert.Equal(
            (3, 2, 2, 9, 1, 5),
            (sent.Attendance.ProjectsAnnounced, sent.Attendance.ProjectsPresent, sent.Attendance.Holders, sent.Attendance.Volunteers, sent.Attendance.Staff, sent.Attendance.Others));
        Assert.Equal(17, sent.DeclaredTotal);
        Assert.Equal(["awa"], sent.CheckedIn);
        Assert.Equal("Projet de Awa étudié par les Cigales du Lensois", sent.Outcome);
    }

    [Fact]
    public void APitchNightInTwoTownsIsCountedPlaceByPlaceAndShownSo()
    {
        var twoTowns = PitchNight(EventState.Scheduled);
        twoTowns.Places.Add(new Place { Name = "Montreuil-sur-Mer" });
        var held = twoTowns.Clone();
        held.State = EventState.Held;
        held.Attendance = new Attendance { Holders = 5, Volunteers = 9, Others = 11, Total = 25 };
        held.AttendanceByPlace.Add(new PlaceAttendance { Place = "Calais", Attendance = new Attendance { Holders = 3, Volunteers = 5, Others = 7, Total = 15 } });
        held.AttendanceByPlace.Add(new PlaceAttendance { Place = "Montreuil-sur-Mer", Attendance = new Attendance { Holders = 2, Volunteers = 4, Others = 4, Total = 10 } });
        Api.Answer("GetEvent", (GetEventRequest _) => twoTowns);
        Api.Answer("RecordAttendance", (RecordAttendanceRequest _) => held);
        var screen = Render();
        screen.WaitForAssertion(() => Assert.Contains("Bénévoles, Montreuil-sur-Mer", screen.Markup, StringComparison.Ordinal));

        screen.Fill("Porteurs de projet présents, Calais", "3");
        screen.Fill("Bénévoles, Calais", "5");
        screen.Fill("Porteurs de projet présents, Montreuil-sur-Mer", "2");
        screen.Fill("Autres participants, Montreuil-sur-Mer", "4");
        screen.Click("Enregistrer la participation");

        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<RecordAttendanceRequest>("RecordAttendance")));
        var sent = Api.SentTo<RecordAttendanceRequest>("RecordAttendance").Single();
        Assert.Null(sent.Attendance);
        Assert.Equal([("Calais", 3, 5, 0), ("Montreuil-sur-Mer", 2, 0, 4)], sent.Places.Select(place => (place.Place, place.Attendance.Holders, place.Attendance.Volunteers, place.Attendance.Others)));
        screen.WaitForAssertion(() => Assert.Contains("Montreuil-sur-Mer", screen.Find("[aria-label=\"Participation à l'événement\"]").TextContent, StringComparison.Ordinal));
        var shown = screen.Find("[aria-label=\"Participation à l'événement\"]");
        Assert.Equal(["", "Calais", "Montreuil-sur-Mer", "Événement"], shown.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["15", "10", "25"], shown.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Total des présents", StringComparison.Ordinal)).QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void TimeOnACancelledEventIsSentWithItsReason()
    {
        var cancelled = PitchNight(EventState.Cancelled);
        cancelled.Axis = new ConventionAxis { ConventionId = Convention, Axis = 3 };
        Api.Answer("GetEvent", (GetEventRequest _) => cancelled);
        Api.Answer("RecordTimeSpent", (RecordTimeSpentRequest _) => cancelled);
        var screen = Render();
        screen.WaitForAssertion(() => Assert.Contains("Pourquoi ce temps, l'événement étant annulé", screen.Markup, StringComparison.Ordinal));

        screen.Fill("Jours salariés, ligne 1", "0,5");
        screen.Fill("Pourquoi ce temps, l'événement étant annulé", "La préparation a eu lieu");
        screen.Click("Enregistrer le temps passé");

        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<RecordTimeSpentRequest>("RecordTimeSpent")));
        var sent = Api.SentTo<RecordTimeSpentRequest>("RecordTimeSpent").Single();
        Assert.Equal(("La préparation a eu lieu", 0.5, 3), (sent.Reason, sent.Entries.Single().StaffDays, sent.Entries.Single().Axis.Axis));
    }

    [Fact]
    public void AWrongTotalIsShownBesideTheTotal()
    {
        Api.Refuse("RecordAttendance", Refusals.Invalid("declared_total", "int32.gte_lte"));
        var screen = Render();
        screen.WaitForAssertion(() => Assert.Contains("Enregistrer la participation", screen.Markup, StringComparison.Ordinal));
        screen.Fill("Bénévoles", "9");
        screen.Fill("Total compté sur place", "18");

        screen.Click("Enregistrer la participation");

        screen.WaitForAssertion(() => Assert.Contains("Ce nombre sort des limites permises.", screen.Field("Total compté sur place").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("Ce nombre sort des limites permises.", screen.Field("Bénévoles").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RegisteringSendsThePersonTypedAndANewKeyOnlyAfterASuccess()
    {
        Api.Refuse("Register", Refusals.Invalid("registrant.name", "required"));
        var screen = Render();
        screen.WaitForAssertion(() => Assert.Contains("Inscrire une personne", screen.Markup, StringComparison.Ordinal));
        screen.Fill("Nom du projet", "Madjikarité");

        screen.Click("Inscrire");

        screen.WaitForAssertion(() => Assert.Contains("Ce champ est obligatoire.", screen.Field("Nom de la personne").TextContent, StringComparison.Ordinal));

        Api.Answer("Register", (RegisterRequest request) => new Registration { RegistrationId = "awa", Registrant = request.Registrant, Status = RegistrationStatus.Confirmed });
        screen.Fill("Nom de la personne", "Awa");
        screen.Click("Inscrire");
        screen.WaitForAssertion(() => Assert.Equal(2, Api.SentTo<RegisterRequest>("Register").Count()));
        var (first, second) = (Api.SentTo<RegisterRequest>("Register").First(), Api.SentTo<RegisterRequest>("Register").Last());
        Assert.Equal(first.RequestId, second.RequestId);
        Assert.Equal((RegistrantKind.ProjectHolder, "Awa", "Madjikarité"), (second.Registrant.Kind, second.Registrant.Name, second.Registrant.ProjectName));
        Assert.Equal("ccf-juin", second.EventId);

        // Once registered, the next person is another request.
        screen.Fill("Nom de la personne", "Bruno");
        screen.Fill("Nom du projet", "Le Fournil du Marais");
        screen.Click("Inscrire");
        screen.WaitForAssertion(() => Assert.Equal(3, Api.SentTo<RegisterRequest>("Register").Count()));
        Assert.NotEqual(second.RequestId, Api.SentTo<RegisterRequest>("Register").Last().RequestId);
    }

    [Fact]
    public void ACancelledEventOffersNeitherRegistrationNorCancellationButTakesTheTimeItsPreparationTook()
    {
        Api.Answer("GetEvent", (GetEventRequest _) => PitchNight(EventState.Cancelled));

        var screen = Render();

        screen.WaitForAssertion(() => Assert.Contains("Annulé le 10/06/2025 : Pas assez de participants", screen.Markup, StringComparison.Ordinal));
        foreach (var action in new[] { "Fermer les inscriptions", "Ouvrir les inscriptions", "Inscrire", "Annuler l'inscription", "Annuler l'événement", "Enregistrer la participation" })
        {
            Assert.DoesNotContain(screen.FindAll("button"), button => button.TextContent.Trim() == action);
        }

        Assert.Contains(screen.FindAll("button"), button => button.TextContent.Trim() == "Enregistrer le temps passé");
    }

    [Fact]
    public void OpeningRegistrationSendsItAndOffersToCloseIt()
    {
        var closed = PitchNight(EventState.Scheduled);
        closed.Registration.Open = false;
        Api.Answer("GetEvent", (GetEventRequest _) => closed);
        Api.Answer("SetRegistrationOpen", (SetRegistrationOpenRequest request) => PitchNight(EventState.Scheduled));
        var screen = Render();
        screen.WaitForAssertion(() => Assert.Contains("Les inscriptions sont fermées", screen.Markup, StringComparison.Ordinal));

        screen.Click("Ouvrir les inscriptions");

        screen.WaitForAssertion(() => Assert.Contains(screen.FindAll("button"), button => button.TextContent.Trim() == "Fermer les inscriptions"));
        Assert.True(Api.SentTo<SetRegistrationOpenRequest>("SetRegistrationOpen").Single().Open);
        Assert.Contains(screen.FindAll("button"), button => button.TextContent.Trim() == "Inscrire");
    }

    [Fact]
    public void CancellingTheEventSendsTheReasonAndShowsARefusalBesideTheExplanation()
    {
        Api.Refuse("CancelEvent", Refusals.Invalid("explanation", "string.max_len"));
        var screen = Render();
        screen.WaitForAssertion(() => Assert.Contains("Raison de l'annulation", screen.Markup, StringComparison.Ordinal));
        screen.Pick("Raison de l'annulation", CancellationReason.Other);
        screen.Fill("Explication", "Salle indisponible");

        screen.FindAll("button").Last(button => button.TextContent.Trim() == "Annuler l'événement").Click();

        screen.WaitForAssertion(() => Assert.Contains("Ce texte est trop long.", screen.Field("Explication").TextContent, StringComparison.Ordinal));
        var sent = Api.SentTo<CancelEventRequest>("CancelEvent").Single();
        Assert.Equal(("ccf-juin", "2025-06-16", CancellationReason.Other, "Salle indisponible"), (sent.EventId, sent.On, sent.Reason, sent.Explanation));
    }

    [Fact]
    public void TimeSpentSendsTheLinesTypedForTheEventsAxis()
    {
        var withAxis = PitchNight(EventState.Held);
        withAxis.Axis = new ConventionAxis { ConventionId = Convention, Axis = 3 };
        Api.Answer("GetEvent", (GetEventRequest _) => withAxis);
        Api.Answer("RecordTimeSpent", (RecordTimeSpentRequest _) => withAxis);
        var screen = Render();
        screen.WaitForAssertion(() => Assert.Contains("Enregistrer le temps passé", screen.Markup, StringComparison.Ordinal));

        screen.Fill("Personne, ligne 1", "Chargée de mission");
        screen.Fill("Jours salariés, ligne 1", "1,5");
        screen.Click("Ajouter une ligne");
        screen.Fill("Heures bénévoles, ligne 2", "36");
        screen.Click("Enregistrer le temps passé");

        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<RecordTimeSpentRequest>("RecordTimeSpent")));
        var sent = Api.SentTo<RecordTimeSpentRequest>("RecordTimeSpent").Single();
        Assert.Equal(
            [("Chargée de mission", 1.5, 0d, Convention, 3), ("", 0d, 36d, Convention, 3)],
            sent.Entries.Select(entry => (entry.Person, entry.StaffDays, entry.VolunteerHours, entry.Axis.ConventionId, entry.Axis.Axis)));
        Assert.True(Guid.TryParse(sent.RequestId, out _));
    }

    [Fact]
    public void AClubMemberIsOfferedNothingAndNothingIsAsked()
    {
        SignedInAs("Martine Lefebvre", new Membership(Roles.ClubManager, ChtiKarite));

        var screen = Render();

        screen.WaitForAssertion(() => Assert.Contains("votre accès ne les comprend pas", screen.Markup, StringComparison.Ordinal));
        Assert.Empty(screen.FindAll("button"));
        Assert.Empty(Api.Sent);
    }
}
