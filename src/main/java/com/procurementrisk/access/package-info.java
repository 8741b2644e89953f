/**
 * Access: built-in accounts (bcrypt hashes), workspaces and each account's role in them
 * ({@link com.procurementrisk.access.Role}), the first administrator on a first start, the
 * server-side sessions of signed-in browsers ({@link com.procurementrisk.access.Sessions}) with the
 * mechanism and identity provider that read their cookie, and personal API tokens.
 */
package com.procurementrisk.access;
