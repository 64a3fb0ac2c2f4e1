package clinic.stride;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The house's floors (docs/architecture.md): packages import down, never up, and no package cycle; every source
 * file under 400 lines; {@code jakarta.ws.rs} only at the REST edge. No exceptions are recorded for any of them.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("clinic.stride");

    /**
     * Top floor first. A package is on the floor of the first entry it equals or sits below; a package on no
     * floor fails the test, so a new package is placed on purpose.
     */
    static final List<List<String>> FLOORS = List.of(
            List.of("clinic.stride", "clinic.stride.demo", "clinic.stride.openapi"),
            List.of("clinic.stride.dashboard", "clinic.stride.frontdesk", "clinic.stride.intake.wizard", "clinic.stride.security"),
            List.of("clinic.stride.fhir", "clinic.stride.export", "clinic.stride.reports", "clinic.stride.intakelink",
                    "clinic.stride.homeprogramme.web", "clinic.stride.followup"),
            List.of("clinic.stride.submission", "clinic.stride.intake.form", "clinic.stride.homeprogramme"),
            List.of("clinic.stride.assessment"),
            List.of("clinic.stride.knowledge"),
            List.of("clinic.stride.duplicates"),
            List.of("clinic.stride.intake", "clinic.stride.outcomes", "clinic.stride.consent"),
            List.of("clinic.stride.patient", "clinic.stride.clinic"),
            List.of("clinic.stride.audit", "clinic.stride.patientlink.web"),
            List.of("clinic.stride.platform"),
            List.of("clinic.stride.vocabulary", "clinic.stride.release", "clinic.stride.patientlink", "clinic.stride.chart"));

    /** Imports from a lower floor to a higher one that are known and accepted; the issue allows two at most. */
    static final int UPWARD_IMPORTS_ALLOWED = 2;

    @Test
    void shouldImportOnlyDownwardWhenAClassUsesAnotherFloor() {
        Set<String> upward = new TreeSet<>();
        for (JavaClass javaClass : MAIN) {
            int from = floorOf(javaClass.getPackageName());
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().startsWith("clinic.stride") && floorOf(target.getPackageName()) < from) {
                    upward.add(topLevel(javaClass) + " -> " + topLevel(target));
                }
            }
        }
        assertTrue(upward.size() <= UPWARD_IMPORTS_ALLOWED,
                upward.size() + " imports run up a floor (at most " + UPWARD_IMPORTS_ALLOWED + "):\n" + String.join("\n", upward));
    }

    @Test
    void shouldPlaceEveryPackageOnAFloorWhenAPackageIsAdded() {
        Set<String> packages = new TreeSet<>();
        MAIN.forEach(c -> packages.add(c.getPackageName()));
        packages.forEach(ArchitectureTest::floorOf);
    }

    /** Source files may be this long at most: a longer one does more than one thing. */
    static final int MAX_LINES = 400;

    @Test
    void shouldKeepEverySourceFileUnder400LinesWhenOneGrows() throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of("src/main/java");
        List<String> tooLong = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                long lines = java.nio.file.Files.readAllLines(file).size();
                if (lines > MAX_LINES) {
                    tooLong.add(name + ": " + lines + " lines (at most " + MAX_LINES + ")");
                }
            }
        }
        assertTrue(tooLong.isEmpty(), "Split these by what they do:\n" + String.join("\n", tooLong));
    }

    static int floorOf(String packageName) {
        String best = null;
        int floor = -1;
        for (int i = 0; i < FLOORS.size(); i++) {
            for (String root : FLOORS.get(i)) {
                boolean inside = packageName.equals(root) || (!root.equals("clinic.stride") && packageName.startsWith(root + "."));
                if (inside && (best == null || root.length() > best.length())) {
                    best = root;
                    floor = i;
                }
            }
        }
        if (floor < 0) {
            throw new AssertionError("Package " + packageName + " is on no floor: add it to ArchitectureTest.FLOORS");
        }
        return floor;
    }

    @Test
    void shouldUseJakartaRestOnlyInResourcesAndMappersWhenANewClassIsAdded() {
        ArchRule rule = classes().should(useJakartaRestOnlyAtTheEdge())
                .as("only REST resources, providers, exception mappers and platform's problem+json use jakarta.ws.rs");
        rule.check(MAIN);
    }

    @Test
    void shouldHaveNoCyclicPackageDependencyWhenTheCodeChanges() {
        classes().should(dependOnNoPackageThatDependsBack())
                .as("no dependency between packages that depend on each other (directly or around a cycle)")
                .check(MAIN);
    }

    /** Top-level class name: a nested class belongs to the class it is written in. */
    private static String topLevel(JavaClass javaClass) {
        String name = javaClass.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    /**
     * The REST edge: resources ({@code @Path}), providers ({@code @Provider}: exception mappers, filters, the JSON
     * reader), the application that lists them, the OpenAPI description that reads their annotations, and
     * {@code platform}, the wiring that writes problem+json. A class that throws {@code DomainProblem} (a
     * WebApplicationException) is not at the edge for it: domain code throws its feature's exceptions.
     */
    private static boolean atTheEdge(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        for (JavaClass c : List.of(javaClass, outer)) {
            if (c.isAnnotatedWith(jakarta.ws.rs.Path.class) || c.isAnnotatedWith(jakarta.ws.rs.ext.Provider.class)
                    || c.isAnnotatedWith(jakarta.ws.rs.ApplicationPath.class) || c.isAssignableTo(jakarta.ws.rs.ext.ExceptionMapper.class)) {
                return true;
            }
        }
        String simple = outer.getSimpleName();
        return simple.endsWith("Resource") || simple.endsWith("Resources") || simple.endsWith("Mappers")
                || javaClass.getPackageName().equals("clinic.stride.openapi")
                || javaClass.getPackageName().equals("clinic.stride.platform");
    }

    /** One violation per top-level class outside the edge that uses anything of jakarta.ws.rs. */
    private static ArchCondition<JavaClass> useJakartaRestOnlyAtTheEdge() {
        return new ArchCondition<>("use jakarta.ws.rs only at the edge") {
            private final Set<String> offenders = new TreeSet<>();

            @Override
            public void init(Collection<JavaClass> all) {
                offenders.clear();
            }

            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String owner = topLevel(javaClass);
                if (atTheEdge(javaClass)) {
                    return;
                }
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.getPackageName().startsWith("jakarta.ws.rs")
                            || target.isAssignableTo(jakarta.ws.rs.WebApplicationException.class)) {
                        offenders.add(owner);
                        return;
                    }
                }
            }

            @Override
            public void finish(ConditionEvents events) {
                offenders.forEach(owner -> events.add(SimpleConditionEvent.violated(owner,
                        owner + " uses jakarta.ws.rs outside a resource, provider or mapper")));
            }
        };
    }

    /**
     * One violation per dependency from package A to package B where B also reaches A (both in one strongly
     * connected component of the package graph): a new cycle, or a new edge inside a known tangle, is new.
     */
    private static ArchCondition<JavaClass> dependOnNoPackageThatDependsBack() {
        return new ArchCondition<>("depend on no package that depends back") {
            private final Map<String, Set<String>> edges = new TreeMap<>();

            @Override
            public void init(Collection<JavaClass> all) {
                edges.clear();
                for (JavaClass javaClass : all) {
                    for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                        String from = javaClass.getPackageName();
                        String to = dependency.getTargetClass().getPackageName();
                        if (!from.equals(to) && to.startsWith("clinic.stride")) {
                            edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                        }
                    }
                }
            }

            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                // The graph is whole only in init; finish reports.
            }

            @Override
            public void finish(ConditionEvents events) {
                Map<String, Integer> component = stronglyConnectedComponents(edges);
                edges.forEach((from, targets) -> targets.forEach(to -> {
                    if (component.get(from).equals(component.get(to))) {
                        events.add(SimpleConditionEvent.violated(from + " -> " + to,
                                "package " + from + " depends on " + to + ", which leads back to it"));
                    }
                }));
            }
        };
    }

    /** Tarjan's algorithm, iteratively: package name to the number of its strongly connected component. */
    static Map<String, Integer> stronglyConnectedComponents(Map<String, Set<String>> edges) {
        Set<String> nodes = new TreeSet<>(edges.keySet());
        edges.values().forEach(nodes::addAll);
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Map<String, Integer> component = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        int[] counter = {0};
        int[] components = {0};
        for (String start : nodes) {
            if (index.containsKey(start)) {
                continue;
            }
            Deque<Map.Entry<String, java.util.Iterator<String>>> work = new ArrayDeque<>();
            visit(start, index, low, stack, onStack, counter);
            work.push(Map.entry(start, edges.getOrDefault(start, Set.of()).iterator()));
            while (!work.isEmpty()) {
                String node = work.peek().getKey();
                java.util.Iterator<String> next = work.peek().getValue();
                if (next.hasNext()) {
                    String target = next.next();
                    if (!index.containsKey(target)) {
                        visit(target, index, low, stack, onStack, counter);
                        work.push(Map.entry(target, edges.getOrDefault(target, Set.of()).iterator()));
                    } else if (onStack.contains(target)) {
                        low.put(node, Math.min(low.get(node), index.get(target)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = work.peek().getKey();
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.put(member, components[0]);
                    } while (!member.equals(node));
                    components[0]++;
                }
            }
        }
        return component;
    }

    private static void visit(String node, Map<String, Integer> index, Map<String, Integer> low,
                              Deque<String> stack, Set<String> onStack, int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]);
        counter[0]++;
        stack.push(node);
        onStack.add(node);
    }
}
