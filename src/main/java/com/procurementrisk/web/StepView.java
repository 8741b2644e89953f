package com.procurementrisk.web;

import java.time.LocalDate;
import java.util.List;

/** Everything one questionnaire step shows. */
public record StepView(int step, int total, List<StepLink> steps, String title, String description,
                       List<FieldView> fields, List<ErrorLink> errors, String token, String modelVersion,
                       LocalDate asOf, EditContext edit) {

    public boolean first() {
        return step == 1;
    }

    public boolean last() {
        return step == total;
    }

    /** A step in the progress indicator. */
    public record StepLink(int number, String title, boolean current, boolean done) {
    }

    /** An entry of the error summary, linking to its field. */
    public record ErrorLink(String htmlId, String label, String message) {
    }

    /**
     * One question as a form field.
     *
     * @param hint        when the question applies, for readers without JavaScript
     * @param whenQuestion/whenAny a simple condition the page script can check live (else null)
     */
    public record FieldView(String id, String htmlId, String type, String label, String help, boolean required,
                            List<OptionView> options, String value, String error, String hint,
                            String whenQuestion, String whenAny, Long min, Long max, String unit) {

        public boolean hasError() {
            return error != null;
        }

        /** The ids of the help and error texts that describe the field. */
        public String describedBy() {
            String ids = (help == null ? "" : htmlId + "-help ") + (error == null ? "" : htmlId + "-error");
            return ids.strip();
        }
    }

    /** One radio button or checkbox. */
    public record OptionView(String value, String label, boolean checked, String htmlId) {
    }
}
