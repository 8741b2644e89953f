/**
 * Reads a risk model file (YAML or JSON, format 1 or 2) and validates it. A model with any
 * problem is refused as a whole with {@link com.procurementrisk.scoring.load.InvalidModelException},
 * which lists every problem found, each with its place in the file.
 */
package com.procurementrisk.scoring.load;
