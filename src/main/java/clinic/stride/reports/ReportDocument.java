package clinic.stride.reports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import clinic.stride.release.Release;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes one Stride PDF: A4 pages, the document information (title, author, subject, creator, language), a
 * {@link PageFooter} on every page, and nothing that changes from one run to the next.
 *
 * <p>The same inputs give the same bytes. OpenPDF would otherwise stamp the current time as creation and
 * modification date and a random file identifier; here both dates are the document's own issue time and the
 * identifier is a digest of its metadata (ISO 32000-1, 14.4: the first identifier is "based on the file contents at
 * the time it was originally created"). Font subset tags are fixed in {@link ReportFonts}.
 */
final class ReportDocument {

    /** What the document information dictionary says; {@code issuedAt} also becomes both dates. */
    record Metadata(String title, String subject, String author, String language, Instant issuedAt) {

        Metadata {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(issuedAt, "issuedAt");
        }
    }

    /** The body of a document, written with the document open. */
    @FunctionalInterface
    interface Body {
        void write(Document document, PdfWriter writer) throws DocumentException;
    }

    static final Rectangle PAGE = PageSize.A4;

    private ReportDocument() {
    }

    /**
     * Writes a document with the given margins (left, right, top, bottom, in points); the bottom margin must leave
     * room for the footer.
     */
    static byte[] write(Metadata metadata, float[] margins, PageFooter footer, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        Document document = new Document(PAGE, margins[0], margins[1], margins[2], margins[3]);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(footer);
        writer.setFullCompression();
        document.addTitle(metadata.title());
        document.addSubject(metadata.subject());
        document.addAuthor(metadata.author());
        // Creator and Producer name the Stride release ("Stride 0.2.0"), so a PDF shows which version wrote it.
        document.addCreator(Release.name());
        document.addProducer(Release.name());
        // The catalog's /Lang (ISO 32000-1, 14.9.2) tells screen readers which language to speak; OpenPDF's
        // Document.setDocumentLanguage only sets a default for layout and writes no /Lang.
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language()));
        document.open();
        PdfDate issued = new PdfDate(calendarOf(metadata.issuedAt()));
        writer.getInfo().put(PdfName.CREATIONDATE, issued);
        writer.getInfo().put(PdfName.MODDATE, issued);
        byte[] id = digest(metadata);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        try {
            body.write(document, writer);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out " + metadata.title(), e);
        }
        document.close();
        return out.toByteArray();
    }

    private static Calendar calendarOf(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    private static byte[] digest(Metadata metadata) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            String key = String.join("\u0000", metadata.title(), metadata.subject(), metadata.author(),
                    metadata.language(), metadata.issuedAt().toString());
            return md5.digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
