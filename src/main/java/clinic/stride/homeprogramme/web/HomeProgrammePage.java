package clinic.stride.homeprogramme.web;

import clinic.stride.audit.AuditLog;
import clinic.stride.homeprogramme.HomeLinkGone;
import clinic.stride.homeprogramme.HomeProgrammeLink;
import clinic.stride.homeprogramme.HomeProgrammes;
import clinic.stride.homeprogramme.SessionRequest;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.intake.IntakeService;
import clinic.stride.platform.InvalidInput;
import clinic.stride.patientlink.web.KeyedByTheAddress;
import clinic.stride.patientlink.web.LinkPages;
import clinic.stride.platform.PageLanguage;
import clinic.stride.vocabulary.Language;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * {@code /home-programme/{token}}: the patient's home programme on a phone, and its session log. Open to anyone
 * holding the token (the token is the key, as for intake links); a revoked, expired or unknown link answers 410 with
 * one plain page whichever it is. GET shows the programme; POST (a plain form, no script needed) appends a session
 * and redirects back (303), or shows the page again with each bad field (400).
 *
 * <p>{@link KeyedByTheAddress}: the 256-bit token in the address is the only credential, so the log's form carries no
 * CSRF token and no session is made for these pages at all. A session would cost the patient their log: they open
 * the page, exercise for half an hour, and the session (15 minutes) has gone when they tap Save.
 *
 * <p>The token appears in no log and no audit row: the row names the patient and the intake. Every response carries
 * {@code Referrer-Policy: no-referrer} (SecurityHeaders).
 */
@WebServlet(urlPatterns = "/home-programme/*")
@KeyedByTheAddress
public class HomeProgrammePage extends HttpServlet {

    static final String PROGRAMME_VIEW = "/home-link/programme.xhtml";
    static final String GONE_VIEW = "/home-link/gone.xhtml";
    /** Request attributes the programme page reads. */
    static final String LINK_ATTRIBUTE = "stride.home.link";
    static final String ERRORS_ATTRIBUTE = "stride.home.errors";
    static final String VALUES_ATTRIBUTE = "stride.home.values";

    static final String READ = "home-programme.page";
    static final String LOG = "home-programme.session.create";

    @Inject
    HomeProgrammes programmes;

    @Inject
    ProgrammeSheets sheets;

    @Inject
    IntakeService intakes;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String hash = HomeProgrammes.hashOf(LinkPages.token(request));
        Optional<HomeProgrammeLink> link = open(hash);
        if (link.isEmpty()) {
            gone(request, response, hash, READ);
            return;
        }
        audit.record(READ, clinicIdOf(link.get()), link.get().intakeId(), HttpServletResponse.SC_OK);
        show(request, response, link.get(), Map.of(), Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String hash = HomeProgrammes.hashOf(LinkPages.token(request));
        Optional<HomeProgrammeLink> link = open(hash);
        if (link.isEmpty()) {
            gone(request, response, hash, LOG);
            return;
        }
        String[] done = request.getParameterValues("done");
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        ResourceBundle ui = PageLanguage.bundle(language(request, link.get()));
        Integer during = score(request, "painDuring", values, errors, ui);
        Integer after = score(request, "painAfter", values, errors, ui);
        String note = request.getParameter("note");
        values.put("note", note == null ? "" : note);
        values.put("done", done == null ? "" : String.join(" ", done));
        SessionRequest session = new SessionRequest(done == null ? List.of() : Arrays.asList(done), during, after,
                note == null || note.isBlank() ? null : note.strip());
        for (ConstraintViolation<SessionRequest> v : validator.validate(session)) {
            String field = v.getPropertyPath().iterator().next().getName();
            errors.putIfAbsent(field.equals("exerciseIds") ? "done" : field, ui.getString("programme.error." + field));
        }
        if (errors.isEmpty()) {
            try {
                programmes.record(hash, session, sheets.exerciseIds(link.get()));
                audit.record(LOG, clinicIdOf(link.get()), link.get().intakeId(), HttpServletResponse.SC_SEE_OTHER);
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getRequestURI() + "?logged=1&lang=" + language(request, link.get()).code()
                        + (request.getParameter("large") != null ? "&large=1" : ""));
                return;
            } catch (HomeLinkGone e) {
                gone(request, response, hash, LOG);
                return;
            } catch (InvalidInput e) {
                // The one refusal record() makes: an exercise that is not in the plan (a hand-made form).
                errors.putIfAbsent("done", ui.getString("programme.error.exerciseIds"));
            }
        }
        audit.record(LOG, clinicIdOf(link.get()), link.get().intakeId(), HttpServletResponse.SC_BAD_REQUEST);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        show(request, response, link.get(), errors, values);
    }

    private void show(HttpServletRequest request, HttpServletResponse response, HomeProgrammeLink link,
                      Map<String, String> errors, Map<String, String> values) throws ServletException, IOException {
        // The link's language unless the patient switched (?lang=, or the form's hidden field after a post).
        request.setAttribute(PageLanguage.ATTRIBUTE, language(request, link));
        request.setAttribute(LINK_ATTRIBUTE, link);
        request.setAttribute(ERRORS_ATTRIBUTE, errors);
        request.setAttribute(VALUES_ATTRIBUTE, values);
        request.getRequestDispatcher(PROGRAMME_VIEW).forward(request, response);
    }

    private static Language language(HttpServletRequest request, HomeProgrammeLink link) {
        return LinkPages.language(request, link.language());
    }

    private void gone(HttpServletRequest request, HttpServletResponse response, String hash, String action)
            throws ServletException, IOException {
        Optional<HomeProgrammeLink> known = programmes.find(hash);
        audit.record(action, known.map(this::clinicIdOf).orElse(null), known.map(HomeProgrammeLink::intakeId).orElse(null),
                HttpServletResponse.SC_GONE);
        LinkPages.gone(request, response, known.map(HomeProgrammeLink::language), GONE_VIEW);
    }

    private Optional<HomeProgrammeLink> open(String hash) {
        try {
            return Optional.of(programmes.open(hash));
        } catch (HomeLinkGone e) {
            return Optional.empty();
        }
    }

    private String clinicIdOf(HomeProgrammeLink link) {
        try {
            return intakes.get(link.intakeId()).patient().clinicId();
        } catch (IntakeNotFound e) {
            return null;
        }
    }

    private static Integer score(HttpServletRequest request, String field, Map<String, String> values,
                                 Map<String, String> errors, ResourceBundle ui) {
        String text = request.getParameter(field);
        values.put(field, text == null ? "" : text);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0 || n > 10) {
                errors.put(field, ui.getString("programme.error." + field));
            }
            return n;
        } catch (NumberFormatException e) {
            errors.put(field, ui.getString("programme.error." + field));
            return null;
        }
    }
}
