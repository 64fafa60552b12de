package se.remiss.remiss;

/**
 * Turns a stored remiss document into the remiss's programme, so that the registrator does not
 * upload the same file twice. Declared here and implemented in {@code program} (which sits above
 * {@code remiss} in the package order), so the remiss's upload routes can offer it.
 */
public interface Programinlasning {

    /**
     * Imports the stored document {@code handlingId} of remiss {@code remissId} as the next version
     * of its programme and returns the version's id. The document stays registered whatever happens;
     * a file that cannot be read as a programme throws {@link se.remiss.plattform.Valideringsfel}
     * (field {@code program}) with a Swedish message and stores nothing more.
     */
    long importera(long remissId, long handlingId);
}
