/** Typed configuration of the application ({@code advisor.*} keys). */
package com.procurementrisk.config;
