/**
 * The audit log: who signed in (or failed to), who saved, revised, re-scored, deleted or shared
 * which assessment, and account changes, with when and from which address. Entries are only
 * added, never changed; administrators read them on a page with filters and export them as
 * JSON lines.
 */
package com.procurementrisk.audit;
