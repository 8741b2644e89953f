/**
 * Configuration: the typed {@code advisor.*} keys ({@link com.procurementrisk.config.AdvisorConfig})
 * and what the native image must keep for reflection ({@link com.procurementrisk.config.NativeReflection}).
 */
package com.procurementrisk.config;
