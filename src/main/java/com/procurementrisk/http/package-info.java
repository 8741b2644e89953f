/**
 * What every HTTP response carries, whoever answered it (a page, the JSON API, a PDF, a static
 * file, a 404, a sign-in redirect, {@code /q/*}): the browser security headers
 * ({@code SecurityHeaders}), the rule that the CSRF cookie goes out only with pages
 * ({@code CsrfCookie}) and compression by the type actually sent ({@code CompressedByType}).
 * They act on the Vert.x router, before anything else answers, so no response escapes them. Nothing here knows the pages or the API.
 */
package com.procurementrisk.http;
