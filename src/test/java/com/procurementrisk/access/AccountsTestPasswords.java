package com.procurementrisk.access;

/** The test profile's first administrator password (ADVISOR_ADMIN_PASSWORD in application.properties). */
public final class AccountsTestPasswords {

    public static final String FIRST_ADMIN = "first-admin-password";

    private AccountsTestPasswords() {
    }
}
