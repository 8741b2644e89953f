package com.procurementrisk.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts embedded in the PDF report: DejaVu Sans (Bitstream Vera licence, free to embed and
 * redistribute), from the jasperreports-fonts artefact. Embedded, subset fonts make the report look
 * the same everywhere and are required for a tagged (PDF/UA) document.
 */
enum ReportFont {
    REGULAR("DejaVuSans.ttf", 400, FontStyle.NORMAL),
    BOLD("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
    ITALIC("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
    BOLD_ITALIC("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);

    /** The family name the report's stylesheet asks for. */
    static final String FAMILY = "DejaVu Sans";
    /** Where the font files are on the class path (also listed for the native image). */
    static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    final String file;
    final int weight;
    final FontStyle style;

    ReportFont(String file, int weight, FontStyle style) {
        this.file = file;
        this.weight = weight;
        this.style = style;
    }

    InputStream open() {
        InputStream in = ReportFont.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException("report font " + FOLDER + file
                    + " is not on the class path"));
        }
        return in;
    }
}
