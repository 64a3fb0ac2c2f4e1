package clinic.stride.reports;

import clinic.stride.assessment.Assessment;
import clinic.stride.assessment.Assessments;
import clinic.stride.assessment.KnowledgeHolder;
import clinic.stride.assessment.SuggestedExercise;
import clinic.stride.clinic.ClinicDetails;
import clinic.stride.clinic.ClinicSettings;
import clinic.stride.consent.ConsentSignatures;
import clinic.stride.consent.Consents;
import clinic.stride.followup.FollowUps;
import clinic.stride.homeprogramme.Adherence;
import clinic.stride.homeprogramme.HomeProgrammes;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.IntakeService;
import clinic.stride.intake.IntakeSummary;
import clinic.stride.intake.IntakeView;
import clinic.stride.intake.PainScore;
import clinic.stride.knowledge.Dosage;
import clinic.stride.knowledge.Exercise;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.outcomes.LefsTrend;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Problem;
import clinic.stride.vocabulary.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Prints an intake's clinician summary and patient handout, and stores the clinician's handout plans. Reads what
 * was stored (the intake version in force and the assessment made with it) and leaves the layout to
 * {@link SummaryPdf} and {@link HandoutPdf}; the PDFs are drawn outside any transaction.
 */
@ApplicationScoped
public class Reports {

    /**
     * A finished PDF, the file name to offer for it and the clinic id of the patient it is about (for the audit
     * row of whoever serves it). The file name holds the clinic id but nothing else about the patient (no name,
     * no dates), and only letters, digits, dot, dash and underscore, so it goes into a Content-Disposition
     * header as it is.
     */
    public record Printed(byte[] pdf, String fileName, String clinicId) {
    }

    /** What a file name may hold: the characters clinic ids are made of (PatientDetails), nothing a header could misread. */
    private static final Pattern UNSAFE_IN_FILE_NAME = Pattern.compile("[^A-Za-z0-9._-]");

    @Inject
    IntakeService intakes;

    @Inject
    Assessments assessments;

    @Inject
    KnowledgeHolder knowledge;

    @Inject
    HandoutPlans plans;

    /** The clinic's name and phone on every report, as an admin set them (or the environment's defaults). */
    @Inject
    ClinicDetails clinic;

    @Inject
    HomeProgrammes homeProgrammes;

    @Inject
    Consents consents;

    @Inject
    ConsentSignatures signatures;

    /** What the handout says until the clinic's phone number is configured: visible, and not a number to dial. */
    public static final String PHONE_PLACEHOLDER = "[clinic phone not set: STRIDE_CLINIC_PHONE or /admin/clinic]";

    @Inject
    FollowUps followUps;

    Clock clock = Clock.systemUTC();

    /** The clinician summary of the intake version in force. */
    public Printed summary(UUID intakeId) {
        Visit visit = visit(intakeId);
        IntakeView intake = visit.intake();
        List<PainOnVisit> trend = intakes.history(intake.patient().clinicId()).intakes().stream()
                // Visits up to this one: an old summary reprints as it was, whatever came after.
                .filter(i -> !i.visitDate().isAfter(intake.visitDate()))
                .map(i -> new PainOnVisit(i.visitDate(), new PainScore(i.painIntensity())))
                .toList();
        IntakeAnswers answers = new IntakeAnswers(intake.visitDate(), intake.language(), intake.pain(),
                intake.factors(), intake.redFlags(), intake.lefs());
        LefsTrend lefs = LefsTrend.of(intake.visitDate(), intake.lefs() == null ? null : intake.lefs().score(),
                followUps.ofIntake(intakeId).stream().filter(f -> f.lefsScore() != null)
                        .map(f -> LefsTrend.followUp(f.answeredOn(), f.lefsScore())).toList());
        ClinicSettings details = clinic.current();
        ClinicianSummary summary = new ClinicianSummary(details.name(), details.phone(), intake.patient(), intake.ageAtVisit(), answers,
                intake.version(), visit.assessment(), trend.isEmpty()
                        ? List.of(new PainOnVisit(intake.visitDate(), intake.pain().score())) : trend,
                visit.storedAt(), consents.of(intakeId).orElse(null), homeProgramme(intake).orElse(null),
                lefs.points().stream().map(p -> new LefsOnDay(p.day(), p.score(), p.atIntake())).toList());
        summary = summary.withSignature(signatures.of(intakeId).orElse(null));
        String clinicId = intake.patient().clinicId();
        return new Printed(new SummaryPdf(knowledge.base()).withLogo(details.logo()).write(summary),
                fileName("summary", clinicId), clinicId);
    }

    /**
     * Home sessions logged through the links of this visit and the ones before it, up to the next visit (so an older
     * summary reprints as it was) or, for the latest visit, up to today.
     */
    private Optional<Adherence> homeProgramme(IntakeView intake) {
        List<IntakeSummary> visits = intakes.history(intake.patient().clinicId()).intakes();
        List<UUID> upToThis = visits.stream().filter(v -> !v.visitDate().isAfter(intake.visitDate()))
                .map(IntakeSummary::id).toList();
        java.time.LocalDate until = visits.stream().map(IntakeSummary::visitDate)
                .filter(d -> d.isAfter(intake.visitDate())).min(java.util.Comparator.naturalOrder())
                .orElse(homeProgrammes.today());
        return homeProgrammes.adherence(upToThis, until);
    }

    /**
     * The handout: the newest stored plan's exercises and dosage, or the assessment's suggestions when there is no
     * plan. {@code language} and {@code largePrint} override the plan's (or the intake's) when given.
     */
    public Printed handout(UUID intakeId, Language language, Boolean largePrint) {
        return handout(intakeId, language, largePrint, null);
    }

    /** As {@link #handout(UUID, Language, Boolean)}, with the patient's home programme link as a QR code when given. */
    public Printed handout(UUID intakeId, Language language, Boolean largePrint, HandoutPdf.HomeLink homeLink) {
        Visit visit = visit(intakeId);
        Optional<HandoutPlan> plan = plans.newestFor(intakeId);
        Language lang = language != null ? language
                : plan.map(HandoutPlan::language).orElse(visit.intake().language());
        boolean large = largePrint != null ? largePrint : plan.map(HandoutPlan::largePrint).orElse(false);
        List<PlannedExercise> exercises = plan.map(HandoutPlan::exercises).orElseGet(() -> suggested(visit));
        Instant issued = plan.map(HandoutPlan::createdAt).orElse(visit.storedAt());
        return print(visit, lang, large, exercises, issued, plan.orElse(null), homeLink);
    }

    /**
     * Checks and stores a clinician's plan, then prints it. The plan's time is its PDF's date, so printing the plan
     * again later gives the same file.
     *
     * @throws InvalidInput naming each bad field: unknown or repeated exercise, or a dosage without an amount.
     *                       Exercises the assessment withheld may be chosen: the clinician's plan overrides.
     */
    public Printed printPlan(UUID intakeId, HandoutPlanRequest request, String clinician) {
        Visit visit = visit(intakeId);
        HandoutPlan plan = store(visit, request, clinician);
        return print(visit, plan.language(), plan.largePrint(), plan.exercises(), plan.createdAt(), plan, null);
    }

    /**
     * Checks and stores a clinician's plan without printing it: the patient page's form, which then offers the
     * handout of the plan in force ({@link #handout}), the same file {@link #printPlan} would have returned.
     * Bean Validation runs on the request here too, so a caller that did not validate it cannot store a bad plan.
     *
     * @throws InvalidInput as {@link #printPlan}
     */
    public HandoutPlan storePlan(UUID intakeId, @NotNull @Valid HandoutPlanRequest request, String clinician) {
        return store(visit(intakeId), request, clinician);
    }

    private HandoutPlan store(Visit visit, HandoutPlanRequest request, String clinician) {
        List<PlannedExercise> exercises = checked(request);
        Language language = request.language() != null ? request.language() : visit.intake().language();
        boolean large = Boolean.TRUE.equals(request.largePrint());
        return plans.store(new HandoutPlan(visit.intake().id(), visit.intake().version(), language, large,
                exercises, clock.instant().truncatedTo(ChronoUnit.MICROS), clinician));
    }

    /** The plan in force: the newest stored one, or what the assessment suggests. */
    public HandoutPlanView plan(UUID intakeId) {
        Visit visit = visit(intakeId);
        KnowledgeBase base = knowledge.base();
        Optional<HandoutPlan> stored = plans.newestFor(intakeId);
        List<PlannedExercise> exercises = stored.map(HandoutPlan::exercises).orElseGet(() -> suggested(visit));
        List<HandoutPlanView.Item> items = exercises.stream().map(e -> {
            Optional<Exercise> known = find(base, e.id());
            return new HandoutPlanView.Item(e.id(), known.map(Exercise::name).orElse(e.id()),
                    known.map(Exercise::nameEs).orElse(e.id()), e.dosage());
        }).toList();
        return new HandoutPlanView(intakeId, stored.map(HandoutPlan::intakeVersion).orElse(visit.intake().version()),
                stored.map(HandoutPlan::language).orElse(visit.intake().language()),
                stored.map(HandoutPlan::largePrint).orElse(false), visit.assessment().exercisesWithheld(), items,
                stored.isPresent(), stored.map(HandoutPlan::createdAt).orElse(null),
                stored.map(HandoutPlan::createdBy).orElse(null));
    }

    /**
     * @param plan the clinician's stored plan the exercises come from, or null for the assessment's suggestions; a
     *             stored plan overrides exercises an urgent or emergency warning sign withheld (the clinician has
     *             seen the patient; who and when are in the plan's row)
     */
    private Printed print(Visit visit, Language language, boolean largePrint, List<PlannedExercise> exercises,
                          Instant issued, HandoutPlan plan, HandoutPdf.HomeLink homeLink) {
        IntakeView intake = visit.intake();
        ClinicSettings details = clinic.current();
        Handout handout = Handout.of(details.name(), details.phone() == null ? PHONE_PLACEHOLDER : details.phone(),
                intake.patient().givenName() + " " + intake.patient().familyName(), intake.visitDate(), language,
                largePrint, exercises, visit.assessment(), issued,
                plan == null ? null : plan.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                new IntakeAnswers(intake.visitDate(), intake.language(), intake.pain(), intake.factors(), intake.redFlags(), intake.lefs()));
        String clinicId = intake.patient().clinicId();
        return new Printed(new HandoutPdf(knowledge.base()).withLogo(details.logo()).write(handout, homeLink,
                details.handoutFooter()),
                fileName("handout", clinicId + "-" + language.code() + (largePrint ? "-large" : "")), clinicId);
    }

    /**
     * "stride-summary-C-1001.pdf": the document and the clinic id, never the patient's name or visit date (a
     * downloads folder is not a place for health information). Clinic ids were checked when the patient was
     * registered; anything else is replaced here anyway, since the name ends up in a response header.
     */
    static String fileName(String document, String about) {
        String safe = UNSAFE_IN_FILE_NAME.matcher(about).replaceAll("_");
        return "stride-" + document + "-" + safe.substring(0, Math.min(safe.length(), 60)) + ".pdf";
    }

    private List<PlannedExercise> suggested(Visit visit) {
        List<PlannedExercise> suggested = new ArrayList<>();
        for (SuggestedExercise exercise : visit.assessment().exercises()) {
            suggested.add(new PlannedExercise(exercise.id(), exercise.dosage()));
        }
        return suggested;
    }

    /** The request's exercises as planned, or a 400 naming every bad field. */
    private List<PlannedExercise> checked(HandoutPlanRequest request) {
        KnowledgeBase base = knowledge.base();
        List<Problem.FieldError> errors = new ArrayList<>();
        List<PlannedExercise> planned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // Exercises withheld by a warning sign may be chosen here: the clinician storing the plan has assessed the
        // patient, and the plan's row records who and when (issue 14: the stored plan overrides).
        for (int i = 0; i < request.exercises().size(); i++) {
            HandoutPlanRequest.ChosenExercise chosen = request.exercises().get(i);
            String at = "exercises[" + i + "]";
            Optional<Exercise> exercise = find(base, chosen.id());
            if (exercise.isEmpty()) {
                errors.add(new Problem.FieldError(at + ".id", "is not an exercise Stride knows: '" + chosen.id() + "'"));
                continue;
            }
            if (!seen.add(chosen.id())) {
                errors.add(new Problem.FieldError(at + ".id", "is already in the plan"));
                continue;
            }
            HandoutPlanRequest.DosageRequest d = chosen.dosage();
            if (d == null) {
                planned.add(PlannedExercise.asSuggested(exercise.get()));
                continue;
            }
            if (d.reps() == null && d.holdSeconds() == null && d.minutes() == null) {
                errors.add(new Problem.FieldError(at + ".dosage", "give reps, holdSeconds or minutes"));
            } else if (d.sets() != null && d.reps() == null) {
                errors.add(new Problem.FieldError(at + ".dosage.reps", "give the reps in each set"));
            } else {
                Integer sets = d.sets() != null ? d.sets() : d.reps() != null ? Integer.valueOf(1) : null;
                planned.add(new PlannedExercise(chosen.id(), new Dosage(sets, d.reps(), d.holdSeconds(), d.minutes(),
                        d.timesPerWeek(), exercise.get().dosage().perSide())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return planned;
    }

    private static Optional<Exercise> find(KnowledgeBase base, String id) {
        try {
            return Optional.of(base.exercise(id));
        } catch (NoSuchElementException e) {
            return Optional.empty();
        }
    }

    /** The intake version in force, its stored assessment, and when that version was stored. */
    private record Visit(IntakeView intake, Assessment assessment, Instant storedAt) {
    }

    private Visit visit(UUID intakeId) {
        IntakeView intake = intakes.get(intakeId);
        Assessment assessment = assessments.of(intakeId, intake.version());
        Instant stored = intake.versions().stream()
                .filter(v -> v.version() == intake.version())
                .map(IntakeView.VersionInfo::createdAt)
                .findFirst()
                .orElse(intake.submittedAt());
        return new Visit(intake, assessment, stored);
    }
}
