package clinic.stride.export;

import clinic.stride.audit.Audited;
import clinic.stride.platform.Database;
import clinic.stride.platform.DomainProblem;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Problem;
import clinic.stride.platform.QueryParams;
import clinic.stride.vocabulary.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** De-identified CSV of intakes for research and audit. A CDI bean, so the datasource and the config key are injected. */
@RequestScoped
@Path("exports")
public class ExportResource {

    public static final String TEXT_CSV = "text/csv";

    private static final Logger LOG = Logger.getLogger(ExportResource.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    clinic.stride.audit.AuditSubject audit;

    /** Secret for the pseudonyms; environment variable STRIDE_EXPORT_PSEUDONYM_KEY. */
    @Inject
    @ConfigProperty(name = "stride.export.pseudonym-key")
    Optional<String> pseudonymKey;

    @GET
    @Path("intakes.csv")
    @Produces(TEXT_CSV)
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("export.intakes")
    @Operation(summary = "De-identified intakes as CSV", description = "One row per intake (version in force), oldest "
            + "visit first, visit dates from/to inclusive: a keyed pseudonym instead of the clinic id, the visit month, age "
            + "in years (90+), one column per question named by its link id, BMI, red-flag level and top causes. No names, "
            + "birth dates, contacts or free text. Streamed.")
    @APIResponse(responseCode = "200", description = "The CSV (RFC 4180, UTF-8, header row)",
            content = @Content(mediaType = TEXT_CSV, example = "patient,visit_month,age_years,sex,language,version,pain.regions,...\r\n"
                    + "P-3f9c0a1b2c3d4e5f6a7b,2026-11,65,female,en,1,outer_hip;outer_thigh,...\r\n"))
    @APIResponse(responseCode = "400", description = "A date that is not a date, or 'to' before 'from'")
    @APIResponse(responseCode = "503", description = "STRIDE_EXPORT_PSEUDONYM_KEY is not set")
    public Response intakes(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate fromDate = QueryParams.date("from", from, errors);
        LocalDate toDate = QueryParams.date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new Problem.FieldError("to", "must not be before 'from'"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String key = pseudonymKey.filter(k -> k.length() >= Pseudonyms.MIN_KEY_LENGTH).orElseThrow(() -> new DomainProblem(
                new Problem("https://stride.clinic/problems/export-not-configured", "Export not configured", 503,
                        "Set STRIDE_EXPORT_PSEUDONYM_KEY (at least " + Pseudonyms.MIN_KEY_LENGTH
                                + " characters, kept secret) so exported patients get stable pseudonyms", null)));
        IntakeExport export = new IntakeExport(dataSource, new Pseudonyms(key));
        // Pseudonymised, but still a disclosure of each patient's answers: the trail names them all.
        audit.disclosed(export.clinicIds(fromDate, toDate));
        StreamingOutput body = out -> {
            long rows = export.write(fromDate, toDate, out);
            LOG.info(() -> "Exported " + rows + " de-identified intakes (visits " + fromDate + " to " + toDate + ")");
        };
        String name = "stride-intakes" + (fromDate != null ? "-from-" + fromDate : "") + (toDate != null ? "-to-" + toDate : "") + ".csv";
        return Response.ok(body, TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

}
