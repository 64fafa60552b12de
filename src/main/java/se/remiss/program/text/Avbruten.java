package se.remiss.program.text;

/** Thrown inside the worker when the deadline has passed. */
final class Avbruten extends RuntimeException {
    Avbruten() {
        super("Tidsgränsen för textutdragning passerad", null, false, false);
    }
}
