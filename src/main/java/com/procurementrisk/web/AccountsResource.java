package com.procurementrisk.web;

import com.procurementrisk.access.AccountAdministration;
import com.procurementrisk.access.Role;
import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.scoring.FieldProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import com.procurementrisk.access.InstanceAdmin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Built-in accounts for administrators: add one, reset a password, set a role in a workspace,
 * disable or enable, and (instance administrators) make one an instance administrator. A
 * workspace administrator sees and changes the accounts of their workspaces only (AccountAdministration). Every form posts and redirects; a refused change shows the page again with
 * what was wrong, and changes nothing.
 */
@Path("/admin/accounts")
@RolesAllowed({"admin", InstanceAdmin.ROLE})
@Produces(MediaType.TEXT_HTML)
public class AccountsResource {

    /** The page: every account, the workspaces, what was just done, and what was wrong with the last form. */
    public record AccountsView(List<AccountAdministration.AccountView> accounts, List<String> workspaces,
                               List<String> roles, String done, String failedForm, List<FieldProblem> problems,
                               boolean singleSignOn) {
        public boolean failed(String form) {
            return form.equals(failedForm);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(AccountsView view);
    }

    private static final String PAGE = "/admin/accounts";

    private final AccountAdministration admin;
    private final boolean singleSignOn;
    private final Flash flash;

    AccountsResource(AccountAdministration admin, com.procurementrisk.config.AdvisorConfig config, Flash flash) {
        this.admin = admin;
        this.singleSignOn = config.access().oidc().enabled();
        this.flash = flash;
    }

    /** The page, with what the form that led here did (its flash message). */
    @GET
    public TemplateInstance page() {
        return page(flash.take(PAGE), null, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String username, @RestForm String password, @RestForm String workspace,
                        @RestForm String role) {
        return change("add", () -> {
            admin.add(username, password, workspace, role);
            return "Account " + username.strip().toLowerCase(java.util.Locale.ROOT) + " added.";
        });
    }

    @POST
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response password(@RestPath String username, @RestForm String password) {
        return change("password-" + username, () -> {
            admin.resetPassword(username, password);
            return "The password of " + username + " was reset.";
        });
    }

    @POST
    @Path("{username}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response role(@RestPath String username, @RestForm String workspace, @RestForm String role) {
        return change("role-" + username, () -> {
            admin.setRole(username, workspace, role);
            return "The role of " + username + " in " + workspace.strip() + " is now " + role + ".";
        });
    }

    @POST
    @Path("{username}/instance-admin")
    @RolesAllowed(InstanceAdmin.ROLE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response instanceAdmin(@RestPath String username, @RestForm boolean instanceAdmin) {
        return change("instance-" + username, () -> {
            admin.setInstanceAdmin(username, instanceAdmin);
            return username + (instanceAdmin ? " is now an instance administrator." : " is no longer an instance "
                    + "administrator.");
        });
    }

    @POST
    @Path("{username}/disabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disabled(@RestPath String username, @RestForm boolean disabled) {
        return change("disabled-" + username, () -> {
            admin.setDisabled(username, disabled);
            return username + (disabled ? " can no longer sign in." : " can sign in again.");
        });
    }

    private Response change(String form, Supplier<String> action) {
        if (singleSignOn) {
            // Accounts are the identity provider's: nothing to change here.
            return Response.status(409).entity(page(null, null, List.of())).build();
        }
        try {
            return flash.redirect(PAGE, action.get());
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(null, form, e.problems())).build();
        }
    }

    private TemplateInstance page(String done, String failedForm, List<FieldProblem> problems) {
        return Templates.accounts(new AccountsView(admin.list(), admin.workspaces(),
                Arrays.stream(Role.values()).map(Role::id).toList(), done, failedForm, problems, singleSignOn));
    }
}
