package com.procurementrisk.scoring.model;

import java.util.List;

/** A validated answer to one question, typed by the question's type. */
public sealed interface Answer {

    /** The answer as plain data (String, List of String, Long or Boolean), e.g. for JSON. */
    Object value();

    /** True for a multi answer with no choice selected. */
    default boolean isEmpty() {
        return false;
    }

    /** One choice id. */
    record Single(String choice) implements Answer {
        @Override
        public Object value() {
            return choice;
        }
    }

    /** Several choice ids, in the questionnaire's choice order. */
    record Multi(List<String> choices) implements Answer {
        public Multi {
            choices = List.copyOf(choices);
        }

        @Override
        public Object value() {
            return choices;
        }

        @Override
        public boolean isEmpty() {
            return choices.isEmpty();
        }
    }

    /** A whole number. */
    record Whole(long number) implements Answer {
        @Override
        public Object value() {
            return number;
        }
    }

    /** Yes or no. */
    record Flag(boolean yes) implements Answer {
        @Override
        public Object value() {
            return yes;
        }
    }
}
