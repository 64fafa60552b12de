package se.remiss.sakerhet;

/**
 * A login refused: wrong user name or password, or (subclass) too many failed attempts. HTTP Basic
 * wraps it in Quarkus's AuthenticationFailedException; Behorighetsfel unwraps it for the answer.
 */
public class InloggningNekad extends RuntimeException {

    public InloggningNekad(String meddelande) {
        super(meddelande);
    }

    /** Too many failed attempts: the user name is locked for {@link #minuter()} more minutes. */
    public static class Sparrad extends InloggningNekad {
        private final long minuter;

        public Sparrad(long minuter) {
            super("För många misslyckade inloggningar. Försök igen om " + minuter
                    + (minuter == 1 ? " minut." : " minuter."));
            this.minuter = minuter;
        }

        public long minuter() {
            return minuter;
        }
    }
}
