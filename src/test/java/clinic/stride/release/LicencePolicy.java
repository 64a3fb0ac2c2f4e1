package clinic.stride.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The licence policy of src/test/resources/release/licence-policy.yaml applied to components: allowed SPDX ids, the
 * names POMs use for them, and reviewed exceptions for dual, combined, copyleft or missing licences.
 */
final class LicencePolicy {

    /** A shipped component and the licence names its POM (or the nearest parent POM naming any) declares. */
    record Component(String id, List<String> licenceNames) {
    }

    private record Review(Set<String> declared, String chosen) {
    }

    private final Set<String> allowed;
    private final Map<String, String> names;
    private final Map<String, Review> reviewed;

    private LicencePolicy(Set<String> allowed, Map<String, String> names, Map<String, Review> reviewed) {
        this.allowed = allowed;
        this.names = names;
        this.reviewed = reviewed;
    }

    static LicencePolicy load() {
        try (InputStream in = LicencePolicy.class.getResourceAsStream("/release/licence-policy.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Set<String> allowed = new TreeSet<>();
            root.path("allowed").forEach(id -> allowed.add(id.asText()));
            Map<String, String> names = new LinkedHashMap<>();
            root.path("names").properties().forEach(e -> names.put(e.getKey(), e.getValue().asText()));
            Map<String, Review> reviewed = new LinkedHashMap<>();
            for (JsonNode entry : root.path("reviewed")) {
                Set<String> declared = new TreeSet<>();
                entry.path("declared").forEach(id -> declared.add(id.asText()));
                if (entry.path("reason").asText().isBlank() || entry.path("chosen").asText().isBlank()) {
                    throw new IllegalStateException("a review without its reason or chosen licence: " + entry);
                }
                reviewed.put(entry.path("component").asText(), new Review(declared, entry.path("chosen").asText()));
            }
            return new LicencePolicy(allowed, names, reviewed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with these components under the policy, one line each; empty when they all pass. */
    List<String> problems(List<Component> components) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Component component : components) {
            String ga = component.id().substring(0, component.id().lastIndexOf(':'));
            seen.add(ga);
            Set<String> ids = new TreeSet<>();
            List<String> unknown = new ArrayList<>();
            for (String name : component.licenceNames()) {
                String id = names.get(name.strip());
                if (id == null) {
                    unknown.add(name);
                } else {
                    ids.add(id);
                }
            }
            Review review = reviewed.get(ga);
            if (!unknown.isEmpty()) {
                problems.add(component.id() + ": licence name(s) " + unknown + " not in the policy's names: read the "
                        + "licence, map it to an SPDX id, and allow it or review the component");
            } else if (review != null) {
                if (!review.declared().equals(ids)) {
                    problems.add(component.id() + ": was reviewed as " + review.declared() + ", now declares " + ids
                            + ": review it again");
                }
            } else if (ids.isEmpty()) {
                problems.add(component.id() + ": declares no licence: find its licence and add a reviewed entry");
            } else if (!allowed.containsAll(ids)) {
                Set<String> refused = new TreeSet<>(ids);
                refused.removeAll(allowed);
                problems.add(component.id() + ": " + (ids.size() > 1 ? "dual or combined licences " + ids
                        + ", of which " + refused + " are" : refused + " is") + " not allowed: remove it or add a "
                        + "reviewed entry that says which licence Stride uses it under and why");
            }
        }
        reviewed.keySet().stream().filter(ga -> !seen.contains(ga))
                .forEach(ga -> problems.add(ga + ": reviewed, but no longer shipped: remove its entry"));
        return problems;
    }

    /** The verdict line for the licence report: the licence the component is used under. */
    String usedUnder(Component component) {
        String ga = component.id().substring(0, component.id().lastIndexOf(':'));
        Review review = reviewed.get(ga);
        if (review != null) {
            return review.chosen() + " (reviewed)";
        }
        Set<String> ids = new TreeSet<>();
        component.licenceNames().forEach(n -> ids.add(names.getOrDefault(n.strip(), "?" + n)));
        return String.join(" AND ", ids);
    }

    // --- reading the local Maven repository ---------------------------------------------------------------------

    /**
     * The components of a class path of jars in a Maven repository (as maven-dependency-plugin's build-classpath
     * writes it), with the licences of each one's POM, or of the nearest parent POM that names any.
     */
    static List<Component> fromClassPath(String classPath, Path repository) {
        List<Component> components = new ArrayList<>();
        for (String entry : classPath.strip().split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath().normalize();
            Path versionDir = jar.getParent();
            Path artifactDir = versionDir.getParent();
            String version = versionDir.getFileName().toString();
            String artifact = artifactDir.getFileName().toString();
            String group = repository.relativize(artifactDir.getParent()).toString().replace(java.io.File.separatorChar, '.');
            components.add(new Component(group + ":" + artifact + ":" + version,
                    licences(repository, group, artifact, version, 0)));
        }
        return components;
    }

    private static List<String> licences(Path repository, String group, String artifact, String version, int depth) {
        Path pom = repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + ".pom");
        if (!Files.exists(pom) || depth > 10) {
            throw new IllegalStateException("no POM at " + pom + " (run the build once online)");
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
            List<String> names = new ArrayList<>();
            Element licences = child(project, "licenses");
            if (licences != null) {
                for (Node n = licences.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element licence && "license".equals(licence.getTagName())) {
                        Element name = child(licence, "name");
                        names.add(name == null ? "(unnamed licence " + text(child(licence, "url")) + ")"
                                : name.getTextContent());
                    }
                }
            }
            if (!names.isEmpty()) {
                return names;
            }
            Element parent = child(project, "parent");
            if (parent == null) {
                return List.of();
            }
            return licences(repository, text(child(parent, "groupId")), text(child(parent, "artifactId")),
                    text(child(parent, "version")), depth + 1);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }

    private static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && tag.equals(e.getTagName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }
}
