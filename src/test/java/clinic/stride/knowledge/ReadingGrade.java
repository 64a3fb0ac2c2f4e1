package clinic.stride.knowledge;

/**
 * The knowledge tests' {@link FleschKincaid} grade, for tests in other packages that hold patient text to the same
 * measure (the handout PDF's extracted text, for one).
 */
public final class ReadingGrade {

    private ReadingGrade() {
    }

    public static double fleschKincaid(String englishText) {
        return FleschKincaid.grade(englishText);
    }
}
