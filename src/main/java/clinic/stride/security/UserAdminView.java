package clinic.stride.security;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.PageAudit;
import clinic.stride.platform.PageLanguage;
import clinic.stride.platform.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The admin page /admin/users: every user with roles and state, buttons to disable or enable one, and the
 * changes waiting for a second admin (four-eyes, {@link UserAccounts}) with approve and reject. The buttons
 * post back to the page, which shows the outcome at the top; each action is audited like its API twin.
 */
@Named("userAdmin")
@RequestScoped
public class UserAdminView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Inject
    UserAccounts users;

    @Inject
    PageAudit audit;

    @Inject
    AuditSubject subject;

    @Inject
    PageLanguage ui;

    @Inject
    HttpServletRequest request;

    private String message;
    private String error;

    @PostConstruct
    void load() {
        String action = request.getParameter("do");
        if ("POST".equals(request.getMethod()) && action != null) {
            act(action);
        } else {
            audit.read(PageAudit.USERS_READ, null, null);
        }
    }

    private void act(String action) {
        String me = request.getUserPrincipal().getName();
        String username = request.getParameter("username");
        String change = request.getParameter("change");
        int status = 200;
        try {
            switch (action) {
                case "disable" -> {
                    subject.subject("user:" + username);
                    users.disable(username, me);
                    message = ui.text("users.done.disabled") + " " + username;
                }
                case "enable" -> {
                    subject.subject("user:" + username);
                    users.enable(username);
                    message = ui.text("users.done.enabled") + " " + username;
                }
                case "approve" -> {
                    subject.subject("change-request:" + change);
                    UserChange done = users.approve(Long.parseLong(change), me);
                    message = ui.text("users.done.approved") + " " + done.username();
                }
                case "reject" -> {
                    subject.subject("change-request:" + change);
                    UserChange done = users.reject(Long.parseLong(change), me);
                    message = ui.text("users.done.rejected") + " " + done.username();
                }
                default -> {
                    status = 400;
                    error = ui.text("users.error.action");
                }
            }
        } catch (AccountChangeRefused e) {
            Problem problem = SecurityMappers.problemOf(e);
            status = problem.status();
            error = problem.detail();
        } catch (NumberFormatException e) {
            status = 400;
            error = ui.text("users.error.action");
        }
        audit.write(PageAudit.USERS_ACTION_PREFIX + (List.of("disable", "enable", "approve", "reject").contains(action)
                ? action : "unknown"), null, null, status);
    }

    public List<UserAccounts.Outcome> getUsers() {
        return users.all();
    }

    public List<UserChange> getPending() {
        return users.pending();
    }

    /** Whether the signed-in admin may approve this change (not their own request, not about themselves). */
    public boolean mayApprove(UserChange change) {
        String me = request.getUserPrincipal().getName();
        return !me.equals(change.requestedBy()) && !me.equals(change.username());
    }

    public String when(UserChange change) {
        return WHEN.format(change.requestedAt()) + " UTC";
    }

    public String getMessage() {
        return message;
    }

    public String getError() {
        return error;
    }
}
