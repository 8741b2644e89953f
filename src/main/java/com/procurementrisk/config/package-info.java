/**
 * Configuration: the typed {@code advisor.*} keys ({@link com.procurementrisk.config.AdvisorConfig})
 * and what the native image must keep for reflection ({@link com.procurementrisk.config.NativeReflection}),
 * and the keys the application makes for itself and keeps in the database when none is configured
 * ({@link com.procurementrisk.config.InstanceSecrets}).
 */
package com.procurementrisk.config;
