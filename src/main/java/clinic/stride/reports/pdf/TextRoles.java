package clinic.stride.reports.pdf;

import java.util.List;

/**
 * Which standard structure type (ISO 32000-1, 14.8.4) a run of text is, told from the face and size it is set in: a
 * report sets its title and its section headings in bold at sizes nothing else uses, so those runs are headings
 * and every other run is a paragraph.
 *
 * @param title    size of the bold title, the one H1
 * @param headings sizes of bold section headings, each an H2
 */
public record TextRoles(float title, List<Float> headings) {

    public TextRoles {
        headings = List.copyOf(headings);
    }

    public static TextRoles of(float title, Float... headings) {
        return new TextRoles(title, List.of(headings));
    }

    String roleOf(boolean bold, float size) {
        if (bold && same(size, title)) {
            return "H1";
        }
        if (bold && headings.stream().anyMatch(h -> same(size, h))) {
            return "H2";
        }
        return "P";
    }

    private static boolean same(float a, float b) {
        return Math.abs(a - b) < 0.01f;
    }
}
