package clinic.stride.intake.form;

import java.util.List;

/** One page's answers on the review page, with the link to change them. */
public record ReviewSection(String title, String path, List<Line> lines) {

    /** A question and the answer given, in words. */
    public record Line(String question, String answer) {
    }
}
