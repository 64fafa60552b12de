package se.remiss.program.text;

/**
 * One glyph as PDFBox placed it: page (0-based), left x and baseline y in points from the page's
 * top-left corner, width, font size, whether the font is bold, the width of a space in that
 * font, and the marked-content id it was drawn under (-1 when none; tagged PDFs only).
 */
record Glyf(String text, int sida, float x, float y, float bredd, float storlek, boolean fet, float mellanslag,
        int mcid) {

    float hoger() {
        return x + bredd;
    }

    boolean blank() {
        return text.isBlank();
    }
}
