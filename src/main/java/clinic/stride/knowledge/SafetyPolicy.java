package clinic.stride.knowledge;

/**
 * A published guideline a must-not-miss red flag rests on, adopted by the clinic as its safety policy. The
 * reference must be complete (the loader refuses it otherwise). A quote is optional and only ever a passage
 * found word for word in a public copy of the guideline, at {@code quotedFrom}; without one, the reference
 * stands on title, body, year and section.
 *
 * @param title      the guideline's title, e.g. "Low back pain and sciatica in over 16s: assessment and management (NG59)"
 * @param body       who issued it, e.g. "National Institute for Health and Care Excellence (NICE)"
 * @param year       year of publication
 * @param section    the section or recommendation the flag rests on
 * @param address    where the guideline is published
 * @param quote      a passage of it, word for word, or null
 * @param quotedFrom where that passage was read (the address of the copy), required with a quote
 */
public record SafetyPolicy(String title, String body, Integer year, String section, String address, String quote,
                           String quotedFrom) {

    /** "NICE (2016). Title. Section. Address": one line for pages and PDFs. */
    public String reference() {
        return body + " (" + year + "). " + title + ". " + section + ". " + address;
    }
}
