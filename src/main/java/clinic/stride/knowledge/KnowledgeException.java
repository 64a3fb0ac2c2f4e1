package clinic.stride.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The knowledge files do not check out. The message lists every problem found, each naming the file and
 * the entry, so that a reviewer can fix them all in one pass.
 */
public final class KnowledgeException extends RuntimeException {

    /**
     * One problem.
     *
     * @param file    the knowledge file, e.g. {@code rules.yaml}
     * @param entry   the entry's id or code, or a position when it has none
     * @param message what is wrong
     */
    public record Problem(String file, String entry, String message) {

        @Override
        public String toString() {
            return file + " [" + entry + "]: " + message;
        }
    }

    private final transient List<Problem> problems;

    KnowledgeException(String location, List<Problem> problems) {
        super("the knowledge base in " + location + " has " + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ":\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
