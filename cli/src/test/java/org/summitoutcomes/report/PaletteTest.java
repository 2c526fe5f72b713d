package org.summitoutcomes.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.export.Palette;
import org.summitoutcomes.model.EntityType;

/**
 * The entity palette stays readable for readers with colour-vision deficiency: simulated deuteranopia,
 * protanopia and tritanopia (Machado, Oliveira and Fernandes 2009, severity 1) keep LEADER apart from
 * ORGANIZATION and COUNTRY apart from LOCATION by a CIELAB distance of at least 20; dark text stays readable.
 */
@Tag("unit")
class PaletteTest {
    private static final double[][][] VISION = {
            {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
            {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
            {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};
    private static final List<String> VISION_NAMES = List.of("normal", "deuteranopia", "protanopia", "tritanopia");

    @Test
    void pairsThatMatterStayApartForColourBlindReaders() {
        for (String[] pair : List.of(new String[] {"LEADER", "ORGANIZATION"}, new String[] {"COUNTRY", "LOCATION"},
                new String[] {"LEADER", "PERSON"})) {
            for (int v = 0; v < VISION.length; v++) {
                double d = distance(lab(simulate(Palette.of(pair[0]).background(), VISION[v])), lab(simulate(Palette.of(pair[1]).background(), VISION[v])));
                assertTrue(d >= 20, pair[0] + " vs " + pair[1] + " under " + VISION_NAMES.get(v) + ": CIELAB distance " + d);
            }
        }
    }

    @Test
    void everyTypeHasALightBackgroundForDarkText() {
        for (EntityType t : EntityType.values()) {
            double[] rgb = simulate(Palette.of(t.name()).background(), VISION[0]);
            double luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
            // contrast with the report's text colour #1d2430 (luminance about 0.017) at least 7:1 (WCAG AAA)
            assertTrue((luminance + 0.05) / (0.017 + 0.05) >= 7, t + " is too dark for dark text");
        }
        assertTrue(Palette.css().contains(".t-LOCATION { background: " + Palette.of("LOCATION").background()));
    }

    private static double[] simulate(String hex, double[][] m) {
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            lin[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) out[i] = Math.max(0, Math.min(1, m[i][0] * lin[0] + m[i][1] * lin[1] + m[i][2] * lin[2]));
        return out;
    }

    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) { return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116; }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
