package clinic.stride.reports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.openpdf.text.pdf.BaseFont;

/**
 * The faces a report falls back to for letters Liberation Sans does not have: Noto Sans Arabic, Noto Sans Devanagari
 * and Noto Sans CJK (Simplified Chinese design, which also covers Japanese kana and Korean hangul), so that a patient
 * called 王秀英, محمد عبد الله or अनीता शर्मा prints with their name instead of a blank.
 *
 * <p>They come from Debian's {@code fonts-noto-core} and {@code fonts-noto-cjk} packages (about 130 MB together, too
 * large to ship in the WAR), which {@code .ci/run}, {@code deploy/demo.sh} and the container image install. Where
 * the files are looked for: {@code STRIDE_FONT_DIRS} (folders separated by {@code :}), else Debian's folders. A
 * missing file is logged once and that script prints blank, as before; a report never fails for a missing face.
 */
final class FallbackFaces {

    /** One script's regular and bold face. */
    record Face(String script, BaseFont regular, BaseFont bold) {
    }

    static final List<String> DEBIAN_FOLDERS = List.of("/usr/share/fonts/truetype/noto", "/usr/share/fonts/opentype/noto");

    private static final Logger LOG = Logger.getLogger(FallbackFaces.class.getName());

    /** Script, regular file, bold file; ",2" picks the Simplified Chinese face of the CJK collection (fc-scan). */
    private static final List<String[]> FILES = List.of(
            new String[] {"Arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"},
            new String[] {"Devanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"},
            new String[] {"CJK", "NotoSansCJK-Regular.ttc,2", "NotoSansCJK-Bold.ttc,2"});

    private FallbackFaces() {
    }

    /** The faces found, in the order a letter is tried against them. */
    static List<Face> load() {
        List<Path> folders = folders(System.getenv("STRIDE_FONT_DIRS"));
        List<Face> faces = new ArrayList<>();
        for (String[] file : FILES) {
            Optional<BaseFont> regular = find(folders, file[1]);
            Optional<BaseFont> bold = find(folders, file[2]);
            if (regular.isEmpty()) {
                LOG.warning(() -> "No " + file[0] + " font (" + file[1] + ") in " + folders
                        + ": names in that script print blank in PDFs. Install fonts-noto-core and fonts-noto-cjk,"
                        + " or set STRIDE_FONT_DIRS.");
                continue;
            }
            faces.add(new Face(file[0], regular.get(), bold.orElse(regular.get())));
        }
        return List.copyOf(faces);
    }

    static List<Path> folders(String setting) {
        List<String> names = setting == null || setting.isBlank() ? DEBIAN_FOLDERS
                : Arrays.stream(setting.split(":")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return names.stream().map(Path::of).toList();
    }

    private static Optional<BaseFont> find(List<Path> folders, String file) {
        int comma = file.indexOf(',');
        String name = comma < 0 ? file : file.substring(0, comma);
        String index = comma < 0 ? "" : file.substring(comma);
        for (Path folder : folders) {
            Path path = folder.resolve(name);
            if (Files.isReadable(path)) {
                return load(path.toString() + index, name);
            }
        }
        return Optional.empty();
    }

    private static Optional<BaseFont> load(String path, String name) {
        try {
            // As the Liberation faces: glyphs by id (IDENTITY_H), embedded as a subset with a fixed subset tag.
            BaseFont font = BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false);
            font.setSecureRandom(new ReportFonts.FixedSubsetTag(name));
            return Optional.of(font);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Cannot read font " + path + ": " + e);
            return Optional.empty();
        }
    }
}
