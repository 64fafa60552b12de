package se.remiss.sakerhet;

/**
 * A login refused: wrong user name or password, or (subclass) too many failed attempts. HTTP Basic
 * wraps it in Quarkus's AuthenticationFailedException; Behorighetsfel unwraps it for the answer.
 */
public class InloggningNekad extends RuntimeException {

    public InloggningNekad(String meddelande) {
        super(meddelande);
    }

    /** Too many failed attempts: refused for {@link #sekunder()} more seconds. */
    public static class Sparrad extends InloggningNekad {
        private final long sekunder;

        public Sparrad(long sekunder) {
            super("För många misslyckade inloggningar. Försök igen om " + minuter(sekunder)
                    + (minuter(sekunder) == 1 ? " minut." : " minuter."));
            this.sekunder = sekunder;
        }

        private static long minuter(long sekunder) {
            return Math.max(1, (sekunder + 59) / 60);
        }

        public long sekunder() {
            return sekunder;
        }
    }
}
