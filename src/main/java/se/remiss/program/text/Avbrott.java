package se.remiss.program.text;

/** Deadline shared by caller and worker; the worker calls {@link #kontrollera()} as it goes. */
final class Avbrott {
    private final long slut;
    private volatile boolean avbruten;

    Avbrott(long slutNanos) {
        this.slut = slutNanos;
    }

    void avbryt() {
        avbruten = true;
    }

    void kontrollera() {
        if (avbruten || System.nanoTime() - slut > 0) {
            throw new Avbruten();
        }
    }
}
