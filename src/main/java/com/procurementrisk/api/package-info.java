/**
 * The JSON API under {@code /api/v1} (see docs and /q/openapi): request and response
 * records, their mapping from the core's results ({@link com.procurementrisk.api.ApiMapper}),
 * thin resources, and the problem+json error mapping. No scoring happens here.
 */
package com.procurementrisk.api;
