package com.procurementrisk.assessment;

import com.procurementrisk.access.Caller;
import com.procurementrisk.access.Callers;
import com.procurementrisk.access.Role;
import jakarta.enterprise.context.ApplicationScoped;

import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.scoring.FieldProblem;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see and change a saved assessment: members of its workspace see it (viewer), editors
 * also change it. An assessment in another workspace is answered like one that does not exist.
 */
@ApplicationScoped
class AssessmentAccess {

    private final Callers callers;

    AssessmentAccess(Callers callers) {
        this.callers = callers;
    }

    Caller caller() {
        Caller caller = callers.current();
        if (!caller.signedIn()) {
            throw new NotSignedInException();
        }
        return caller;
    }

    /** The workspaces whose assessments the caller sees. */
    Set<UUID> visible() {
        return caller().workspaces(Role.VIEWER);
    }

    boolean sees(AssessmentEntity a) {
        return caller().may(a.workspaceId, Role.VIEWER);
    }

    /** The assessment, when the caller sees it; otherwise as if it did not exist. */
    AssessmentEntity seen(AssessmentEntity a) {
        if (!sees(a)) {
            throw new UnknownAssessmentException("No assessment " + a.id + ".");
        }
        return a;
    }

    /** The assessment, when the caller may change it. */
    AssessmentEntity editable(AssessmentEntity a) {
        seen(a);
        if (!caller().may(a.workspaceId, Role.EDITOR)) {
            throw new NotAllowedException("Your role in this workspace lets you read assessments, not change them.");
        }
        return a;
    }

    /** Where a new assessment of the caller goes. */
    UUID workspaceForNew() {
        return caller().workspaceForNew().orElseThrow(() ->
                new NotAllowedException("You have no workspace in which you may save assessments."));
    }

    /**
     * The workspace the caller chose for a new assessment (by name), or the default when none is
     * named. A workspace the caller is not in is refused like one that does not exist.
     */
    UUID workspaceForNew(String name) {
        if (name == null || name.isBlank()) {
            return workspaceForNew();
        }
        Caller caller = caller();
        if (caller.workspaces(Role.EDITOR).isEmpty()) {
            return workspaceForNew(); // nowhere to save at all: 403
        }
        UUID chosen = caller.workspaceNamed(name).orElseThrow(() -> new InvalidInputException(List.of(
                new FieldProblem("workspace", "You are not in a workspace named '" + name.strip()
                        + "'; you can save in: " + String.join(", ", caller.workspaceNames(Role.EDITOR)) + "."))));
        if (!caller.may(chosen, Role.EDITOR)) {
            throw new NotAllowedException("Your role in this workspace lets you read assessments, not save them.");
        }
        return chosen;
    }

}
