package clinic.stride.reports;

import clinic.stride.intake.Activity;
import clinic.stride.vocabulary.Coded;
import clinic.stride.intake.Footwear;
import clinic.stride.intake.Gait;
import clinic.stride.intake.LegLength;
import clinic.stride.intake.Pain;
import clinic.stride.intake.PastInjuries;
import clinic.stride.intake.Posture;
import clinic.stride.intake.Side;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The clinician summary's answers in words, in English: "walks 12 km a week, recent increase", "5 mm, left leg longer
 * (measured)"; and the alternate text of its two drawings, which a screen reader speaks in their place.
 */
final class SummaryWording {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private SummaryWording() {
    }

    /** The body map as words: which regions and on which side, as the answers beside it say. */
    static String bodyMapAlt(Pain pain) {
        return "Body map, front and back views: " + (pain.regions().isEmpty() ? "no pain region reported"
                : "pain shaded at " + where(pain)) + ".";
    }

    /** Each place with its own side ("outer hip, right; lower back, left"), or the places and their one side. */
    static String where(Pain pain) {
        if (!pain.hasSidePerRegion()) {
            return words(pain.regions()) + "; " + pain.side() + (pain.side() == Side.BOTH ? " sides" : " side");
        }
        return pain.regions().stream()
                .map(region -> region.code().replace('_', ' ') + ", " + pain.sideOf(region)
                        + (pain.sideOf(region) == Side.BOTH ? " sides" : ""))
                .collect(Collectors.joining("; "));
    }

    /** How long it has hurt, as the patient gave it ("2 months ago"); in weeks for intakes that only have weeks. */
    static String duration(Pain pain) {
        if (pain.durationAmount() != null && pain.durationUnit() != null) {
            String amount = java.math.BigDecimal.valueOf(pain.durationAmount()).stripTrailingZeros().toPlainString();
            String unit = pain.durationUnit().code();
            if (pain.durationAmount() == 1.0) {
                unit = unit.substring(0, unit.length() - 1);
            }
            return amount + " " + unit + " ago";
        }
        return weeks(pain.durationWeeks());
    }

    /** The pain trend chart as words: each visit's date and pain score, oldest first. */
    static String trendAlt(List<PainOnVisit> trend) {
        return "Chart of pain across visits, 0 to 10: " + trend.stream()
                .map(v -> DATE.format(v.visitDate()) + " " + v.intensity().value() + " of 10")
                .collect(Collectors.joining("; ")) + ".";
    }

    static String[] row(String label, String value) {
        return new String[] {label, value};
    }

    /** Answer codes as words: {@code during_walking} is "during walking"; in the order of the answer vocabulary. */
    static String words(Collection<? extends Coded> codes) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        return codes.stream()
                .sorted((a, b) -> Integer.compare(((Enum<?>) a).ordinal(), ((Enum<?>) b).ordinal()))
                .map(c -> c.code().replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    static String orNone(String text) {
        return text.isEmpty() ? "none reported" : text;
    }

    static String weeks(int weeks) {
        if (weeks == 0) {
            return "less than a week ago";
        }
        if (weeks >= 104) {
            return weeks / 52 + " years ago";
        }
        return (weeks == 1 ? "1 week" : weeks + " weeks") + " ago";
    }

    static String number(double value) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    static String footwear(Footwear shoes) {
        List<String> parts = new ArrayList<>();
        if (shoes.type() != null) {
            parts.add(shoes.type().code().replace('_', ' ') + " shoes");
        }
        if (shoes.ageMonths() != null) {
            parts.add(shoes.ageMonths() + " months old");
        }
        flag(parts, shoes.wornOut(), "worn out", "not worn out");
        flag(parts, shoes.orthotics(), "orthotics or insoles", "no orthotics");
        return joined(parts);
    }

    static String posture(Posture posture) {
        List<String> parts = new ArrayList<>();
        if (posture.sittingHoursPerDay() != null) {
            parts.add("sits " + number(posture.sittingHoursPerDay()) + " h a day");
        }
        flag(parts, posture.slouched(), "slouches", null);
        flag(parts, posture.archedBack(), "arched lower back", null);
        return joined(parts);
    }

    static String legLength(LegLength leg) {
        if (leg.differenceMm() == null) {
            return "not reported";
        }
        if (leg.differenceMm() == 0) {
            return "no difference";
        }
        String text = leg.differenceMm() + " mm";
        if (leg.longerSide() != null) {
            text += ", " + leg.longerSide() + " leg longer";
        }
        if (leg.measured() != null) {
            text += leg.measured() ? " (measured)" : " (self-reported)";
        }
        return text;
    }

    static String gait(Gait gait) {
        List<String> parts = new ArrayList<>();
        flag(parts, gait.kneeValgus(), "knees go in (valgus)", null);
        flag(parts, gait.overPronation(), "over-pronation", null);
        flag(parts, gait.supination(), "supination", null);
        flag(parts, gait.limp(), "limp", null);
        boolean answered = gait.kneeValgus() != null || gait.overPronation() != null || gait.supination() != null
                || gait.limp() != null;
        return parts.isEmpty() ? (answered ? "nothing unusual reported" : "not answered") : String.join(", ", parts);
    }

    static String activity(Activity a) {
        List<String> parts = new ArrayList<>();
        if (a.walkingKmPerWeek() != null) {
            parts.add("walks " + number(a.walkingKmPerWeek()) + " km a week");
        }
        if (a.hasRunningDistance()) {
            parts.add("runs " + number(a.runningKmPerWeek()) + " km a week");
        }
        flag(parts, a.recentIncrease(), "recent increase", null);
        flag(parts, a.unevenTerrain(), "uneven ground", null);
        flag(parts, a.downhill(), "downhill", null);
        flag(parts, a.speedWork(), "speed work", null);
        flag(parts, a.strengthTraining(), "strength training", "no strength training");
        flag(parts, a.warmsUp(), "warms up", "no warm-up");
        if (!a.sports().isEmpty()) {
            parts.add("sports: " + words(a.sports()));
        }
        return joined(parts);
    }

    static String injuries(PastInjuries injuries) {
        List<String> parts = new ArrayList<>();
        flag(parts, injuries.hipFracture(), "hip fracture", null);
        flag(parts, injuries.dislocation(), "hip dislocation", null);
        if (injuries.other() != null && !injuries.other().isBlank()) {
            parts.add(injuries.other().strip());
        }
        return parts.isEmpty() ? "none reported" : String.join("; ", parts);
    }

    static void flag(List<String> parts, Boolean answer, String yes, String no) {
        if (Boolean.TRUE.equals(answer)) {
            parts.add(yes);
        } else if (Boolean.FALSE.equals(answer) && no != null) {
            parts.add(no);
        }
    }

    static String joined(List<String> parts) {
        return parts.isEmpty() ? "not answered" : String.join(", ", parts);
    }
}
