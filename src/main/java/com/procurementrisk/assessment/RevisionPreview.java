package com.procurementrisk.assessment;

/**
 * Shows a revision the way its readers will see it (its page, its shared page, its report)
 * without storing anything, so that an import can be refused before it is saved when a view of
 * it cannot be made. Implemented by the pages' edge; the service knows only this interface.
 */
public interface RevisionPreview {

    /**
     * Makes every view of the revision.
     *
     * @throws RuntimeException when one cannot be made
     */
    void render(SavedAssessment revision);
}
