/**
 * Risk model versions published without a redeploy: the versions shipped with the application
 * and those administrators upload ({@link com.procurementrisk.models.ModelVersions}: list, upload
 * as a draft after the same validation as the shipped models, activate, with every step audited),
 * and {@link com.procurementrisk.models.ModelRegistry}, which holds each version's parsed model
 * and the one in force, and follows the latest activation on every replica. No HTTP here: the
 * JSON API and the pages call these services and map their exceptions.
 */
package com.procurementrisk.models;
