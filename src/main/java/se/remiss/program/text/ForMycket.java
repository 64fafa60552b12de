package se.remiss.program.text;

/** Too much content after decompression, too much text, or out of memory. */
final class ForMycket extends RuntimeException {
    ForMycket() {
        super("För mycket innehåll", null, false, false);
    }
}
