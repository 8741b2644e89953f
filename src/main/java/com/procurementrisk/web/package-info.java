/**
 * The browser pages: server-rendered Qute templates over the same
 * {@link com.procurementrisk.advice.ScoringService} as the JSON API. The questionnaire
 * is generated from the risk model; answers travel between steps in the page itself (a
 * URL-safe token), so no state is kept on the server between requests. Every form carries
 * a CSRF token and follows Post/Redirect/Get.
 */
package com.procurementrisk.web;
