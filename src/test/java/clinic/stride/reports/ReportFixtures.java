package clinic.stride.reports;

import clinic.stride.patient.PatientDetails;
import clinic.stride.assessment.Assessment;
import clinic.stride.assessment.AssessmentEngine;
import clinic.stride.consent.ConsentRecord;
import clinic.stride.demo.DemoPatients;
import clinic.stride.intake.IntakeRequest;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.vocabulary.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;

/**
 * Reports for the demo patients ({@link DemoPatients}) made without a server: the knowledge base and the engine
 * assess each demo visit as Stride would on submission. Dates are fixed so the samples do not change every day.
 */
public final class ReportFixtures {

    /** The "today" of the samples and tests. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final Instant ISSUED = Instant.parse("2026-03-02T10:15:00Z");
    public static final String CLINIC = "Stride Clinic";
    public static final String PHONE = "+1 555 0100";

    private static final class Loaded {
        private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
        private static final AssessmentEngine ENGINE = new AssessmentEngine(KNOWLEDGE);
    }

    private ReportFixtures() {
    }

    public static KnowledgeBase knowledge() {
        return Loaded.KNOWLEDGE;
    }

    /** Every visit of one demo patient, oldest first. */
    public static List<IntakeRequest> visitsOf(String clinicId) {
        List<IntakeRequest> visits = DemoPatients.visits(TODAY).stream()
                .filter(v -> v.patient().clinicId().equals(clinicId))
                .sorted(Comparator.comparing(IntakeRequest::visitDate))
                .toList();
        if (visits.isEmpty()) {
            throw new IllegalArgumentException("no demo patient " + clinicId);
        }
        return visits;
    }

    public static IntakeRequest latestVisit(String clinicId) {
        return visitsOf(clinicId).getLast();
    }

    public static Assessment assess(IntakeRequest visit) {
        return Loaded.ENGINE.assess(visit.answers(), ageAt(visit), visit.patient().sex());
    }

    static int ageAt(IntakeRequest visit) {
        return Period.between(visit.patient().birthDate(), visit.visitDate()).getYears();
    }

    static String nameOf(IntakeRequest visit) {
        return visit.patient().givenName() + " " + visit.patient().familyName();
    }

    /** The clinician summary of a demo patient's latest visit, with the pain trend of all their visits. */
    public static ClinicianSummary summary(String clinicId) {
        IntakeRequest visit = latestVisit(clinicId);
        List<PainOnVisit> trend = visitsOf(clinicId).stream()
                .map(v -> new PainOnVisit(v.visitDate(), v.pain().score())).toList();
        return new ClinicianSummary(CLINIC, PHONE, visit.patient(), ageAt(visit), visit.answers(), 1, assess(visit), trend,
                ISSUED, new ConsentRecord(nameOf(visit), 1, visit.answers().language(), "kiosk", ISSUED));
    }

    /** A home programme link as the handout prints it (the token is made up: 43 base64url characters). */
    public static final HandoutPdf.HomeLink HOME_LINK = new HandoutPdf.HomeLink(
            "https://intake.clinic.example/home-programme/Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6", LocalDate.of(2026, 12, 18));

    /** A summary with three weeks of home sessions: few in the last two weeks, pain after exercise rising. */
    public static ClinicianSummary summaryWithHomeProgramme(String clinicId) {
        ClinicianSummary plain = summary(clinicId);
        LocalDate today = LocalDate.of(2026, 12, 4);
        clinic.stride.homeprogramme.Adherence adherence = clinic.stride.homeprogramme.Adherence.of(today.minusDays(20), 3,
                List.of(today.minusDays(20), today.minusDays(18), today.minusDays(16), today.minusDays(9), today.minusDays(2)),
                List.of(new clinic.stride.homeprogramme.Adherence.PainPoint(today.minusDays(20), 2),
                        new clinic.stride.homeprogramme.Adherence.PainPoint(today.minusDays(9), 3),
                        new clinic.stride.homeprogramme.Adherence.PainPoint(today.minusDays(5), 4),
                        new clinic.stride.homeprogramme.Adherence.PainPoint(today.minusDays(2), 6)), today);
        return new ClinicianSummary(plain.clinicName(), plain.clinicPhone(), plain.patient(), plain.ageAtVisit(),
                plain.answers(), plain.intakeVersion(), plain.assessment(), plain.painTrend(), plain.issuedAt(),
                plain.consent(), adherence, List.of());
    }

    /** As {@link #summary}, with three follow-ups' LEFS scores after the visit (38, 44, 52: the last beyond the MCID). */
    public static ClinicianSummary summaryWithLefs(String clinicId) {
        ClinicianSummary s = summary(clinicId);
        java.time.LocalDate visit = s.answers().visitDate();
        return new ClinicianSummary(s.clinicName(), s.clinicPhone(), s.patient(), s.ageAtVisit(), s.answers(),
                s.intakeVersion(), s.assessment(), s.painTrend(), s.issuedAt(), s.consent(), null, List.of(new LefsOnDay(visit.plusDays(14), 38), new LefsOnDay(visit.plusDays(28), 44),
                        new LefsOnDay(visit.plusDays(42), 52)));
    }

    /** The handout of a demo patient's latest visit with the suggested exercises. */
    public static Handout handout(String clinicId, Language language, boolean largePrint) {
        IntakeRequest visit = latestVisit(clinicId);
        Assessment assessment = assess(visit);
        List<PlannedExercise> exercises = assessment.exercises().stream()
                .map(e -> PlannedExercise.asSuggested(knowledge().exercise(e.id()))).toList();
        return Handout.of(CLINIC, PHONE, nameOf(visit), visit.visitDate(), language, largePrint, exercises, assessment,
                ISSUED, null, visit.answers());
    }

    public static Handout handout(String clinicId, Language language, boolean largePrint,
                                  List<PlannedExercise> exercises) {
        IntakeRequest visit = latestVisit(clinicId);
        return Handout.of(CLINIC, PHONE, nameOf(visit), visit.visitDate(), language, largePrint, exercises, assess(visit),
                ISSUED, null, visit.answers());
    }

    /** A demo patient's summary with the patient renamed, for names in other scripts. */
    public static ClinicianSummary summary(String clinicId, String clinicName, String givenName, String familyName) {
        ClinicianSummary base = summary(clinicId);
        PatientDetails p = base.patient();
        PatientDetails renamed = new PatientDetails(p.clinicId(), givenName, familyName, p.birthDate(), p.sex(),
                p.phone(), p.email());
        return new ClinicianSummary(clinicName, base.clinicPhone(), renamed, base.ageAtVisit(), base.answers(), base.intakeVersion(),
                base.assessment(), base.painTrend(), base.issuedAt(), base.consent());
    }

    /** A demo patient's handout printed for another name and clinic. */
    public static Handout handout(String clinicId, Language language, String clinicName, String patientName) {
        IntakeRequest visit = latestVisit(clinicId);
        Handout plain = handout(clinicId, language, false);
        return Handout.of(clinicName, PHONE, patientName, visit.visitDate(), language, false, plain.exercises(),
                assess(visit), ISSUED, null, visit.answers());
    }

    /** A clinic logo as a PNG with transparency (an alpha channel becomes a soft mask in the PDF): a navy disc, "SC". */
    public static clinic.stride.clinic.ClinicLogo pngLogo() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(240, 80, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new java.awt.Color(0x1f, 0x3a, 0x5f));
        g.fillOval(4, 4, 72, 72);
        g.setColor(new java.awt.Color(0x0b, 0x7a, 0x75));
        g.fillRoundRect(90, 20, 140, 40, 16, 16);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return clinic.stride.clinic.ClinicLogo.of(out.toByteArray());
    }

    /** A clinic logo as an SVG with shapes and text (printed as vectors, the text as outlines). */
    public static clinic.stride.clinic.ClinicLogo svgLogo() {
        return clinic.stride.clinic.ClinicLogo.of(("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="300" height="90" viewBox="0 0 300 90">
                  <circle cx="45" cy="45" r="40" fill="#1f3a5f"/>
                  <path d="M25 60 L45 20 L65 60 Z" fill="#f2c14e" opacity="0.8"/>
                  <text x="100" y="58" font-family="sans-serif" font-size="34" fill="#0b7a75">Clínica Ñu</text>
                </svg>
                """).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A signature as the consent step's pad posts it: two strokes, a loop and an underline. */
    public static clinic.stride.consent.DrawnSignature signature() {
        return clinic.stride.consent.DrawnSignature.parse("M20 100L40 60L60 40L80 50L90 90L100 110L120 70L150 60"
                + "L170 80L200 75L240 60L280 70M30 125L300 120").orElseThrow();
    }
}
