/**
 * Access: built-in accounts (bcrypt hashes), workspaces and each account's role in them
 * ({@link com.procurementrisk.access.Role}), the first administrator on a first start, and the
 * identity providers behind the sign-in form and the session cookie.
 */
package com.procurementrisk.access;
