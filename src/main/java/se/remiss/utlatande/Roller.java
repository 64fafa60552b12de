package se.remiss.utlatande;

/**
 * The role names of the security contract (issue 3), as used in this package's annotations until
 * se.remiss.sakerhet.Roll exists on this branch.
 */
final class Roller {
    static final String HANDLAGGARE = "handlaggare";
    static final String NAMNDSEKRETERARE = "namndsekreterare";
    static final String REGISTRATOR = "registrator";
    static final String LASARE = "lasare";
    static final String ADMINISTRATOR = "administrator";

    private Roller() {
    }
}
